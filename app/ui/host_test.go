package ui

import (
	"slices"
	"testing"
)

// TestHostOriginsKeepsOnlyOrigins checks which pages an embed link lets
// receive results: only bare http(s) origins, since each becomes
// postMessage's targetOrigin; anything else is reported as ignored.
func TestHostOriginsKeepsOnlyOrigins(t *testing.T) {
	tests := []struct {
		query            string
		origins, ignored []string
	}{
		{"", nil, nil},
		{"sections=eu", nil, nil},
		{"origins=https://lms.example.edu", []string{"https://lms.example.edu"}, nil},
		{"origins=http://localhost:8080", []string{"http://localhost:8080"}, nil},
		{"origins=https://a.example,https://b.example%20https://c.example", []string{"https://a.example", "https://b.example", "https://c.example"}, nil},
		{"origins=https://lms.example.edu/course", nil, []string{"https://lms.example.edu/course"}},
		{"origins=https://lms.example.edu/", nil, []string{"https://lms.example.edu/"}},
		{"origins=https://lms.example.edu?x=1", nil, []string{"https://lms.example.edu?x=1"}},
		{"origins=javascript:alert(1)", nil, []string{"javascript:alert(1)"}},
		{"origins=*", nil, []string{"*"}},
		{"origins=lms.example.edu", nil, []string{"lms.example.edu"}},
		{"origins=https://", nil, []string{"https://"}},
		{"origins=ftp://files.example,https://ok.example", []string{"https://ok.example"}, []string{"ftp://files.example"}},
	}
	for _, tt := range tests {
		origins, ignored := hostOrigins(tt.query)
		if !slices.Equal(origins, tt.origins) || !slices.Equal(ignored, tt.ignored) {
			t.Errorf("hostOrigins(%q) = %q, ignored %q; want %q, ignored %q", tt.query, origins, ignored, tt.origins, tt.ignored)
		}
	}
}

// TestWithoutOriginsLeavesTheQuizSettings checks that where results go is
// taken out of the quiz's settings (its xAPI activity id), and nothing else.
func TestWithoutOriginsLeavesTheQuizSettings(t *testing.T) {
	tests := []struct{ query, want string }{
		{"", ""},
		{"sections=eu&feedback=end", "sections=eu&feedback=end"},
		{"origins=https://lms.example.edu", ""},
		{"sections=eu&origins=https://lms.example.edu", "sections=eu"},
	}
	for _, tt := range tests {
		if got := withoutOrigins(tt.query); got != tt.want {
			t.Errorf("withoutOrigins(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}
