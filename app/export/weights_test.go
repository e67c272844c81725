package export

import "testing"

// TestMoodlePercentUsesGradesMoodleAccepts: Moodle's importers refuse a
// grade outside its list, so 1/n is written as Moodle writes it, and a
// fraction with no exact grade as the nearest one.
func TestMoodlePercentUsesGradesMoodleAccepts(t *testing.T) {
	tests := []struct {
		fraction float64
		want     string
	}{
		{1, "100"},
		{1.0 / 2, "50"},
		{1.0 / 3, "33.33333"},
		{1.0 / 4, "25"},
		{1.0 / 6, "16.66667"},
		{1.0 / 7, "14.28571"},
		{1.0 / 9, "11.11111"},
		{1.0 / 11, "10"}, // no exact grade: the nearest, 10 %
		{1.0 / 16, "5"},  // 6.25 % is nearest to 5 %
	}
	for _, tt := range tests {
		if got := moodlePercent(tt.fraction); got != tt.want {
			t.Errorf("moodlePercent(%v) = %q, want %q", tt.fraction, got, tt.want)
		}
	}
}
