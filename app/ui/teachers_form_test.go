package ui

import (
	"reflect"
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
)

// TestSiteOriginsTakesPastedAddresses: a teacher pastes the course page's
// address; the embed link gets its origin, and anything that is not a web
// address is set apart for the form to point out.
func TestSiteOriginsTakesPastedAddresses(t *testing.T) {
	tests := []struct {
		in      string
		origins []string
		bad     []string
	}{
		{"", nil, nil},
		{"https://moodle.example.edu", []string{"https://moodle.example.edu"}, nil},
		{"https://Moodle.Example.edu/course/view.php?id=4#section-2", []string{"https://moodle.example.edu"}, nil},
		{"https://a.edu/x, http://b.edu:8080/y https://a.edu/z", []string{"https://a.edu", "http://b.edu:8080"}, nil},
		{"moodle.example.edu", nil, []string{"moodle.example.edu"}},
		{"javascript:alert(1) https://c.edu", []string{"https://c.edu"}, []string{"javascript:alert(1)"}},
		{"https://user:pw@c.edu/", nil, []string{"https://user:pw@c.edu/"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			origins, bad := siteOrigins(tt.in)
			if !reflect.DeepEqual(origins, tt.origins) || !reflect.DeepEqual(bad, tt.bad) {
				t.Errorf("siteOrigins(%q) = %q, %q; want %q, %q", tt.in, origins, bad, tt.origins, tt.bad)
			}
		})
	}
}

// TestSCORMFileNameSaysItsSettings: two packages for two classes get two
// names.
func TestSCORMFileNameSaysItsSettings(t *testing.T) {
	tests := []struct{ query, want string }{
		{"", "beyond-budapest-scorm2004.zip"},
		{"sections=eu%2Cfirst&pass=70", "beyond-budapest-scorm2004-eu-first-pass70.zip"},
		{"count=10&shuffle=1&pass=80&retries=1&feedback=end&explanations=off", "beyond-budapest-scorm2004-10q-shuffled-pass80-retries-feedback-at-end-no-explanations.zip"},
		{"sections=..%2F..%2Fetc", "beyond-budapest-scorm2004-------etc.zip"},
	}
	for _, tt := range tests {
		s, _ := quiz.ParseSettings(tt.query)
		if got := scormFileName(report.SCORM2004, s); got != tt.want {
			t.Errorf("scormFileName(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}
