package ui

import (
	"encoding/base64"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// answeredSession is the main quiz with the first two questions answered
// right and checked.
func answeredSession(t *testing.T, l *quiz.Lesson) *quiz.Session {
	t.Helper()
	s := freshSession(l, defaultOptions(l))
	for i := 0; i < 2; i++ {
		q := s.Current()
		var r quiz.Response
		switch q.Kind {
		case quiz.Single, quiz.Multiple, quiz.TrueFalse:
			for j, c := range q.Choices {
				if c.Correct {
					r.Choices = append(r.Choices, j)
				}
			}
		case quiz.Text:
			r.Text = q.Answers[0]
		default:
			t.Fatalf("the first questions are of kind %s; this test needs choices or text", q.Kind)
		}
		if _, err := s.Check(r); err != nil {
			t.Fatal(err)
		}
		s.Next()
	}
	return s
}

// TestProgressLinkRestoresOrRefuses: a link or file made from progress
// restores its answers; a damaged, foreign or outdated one is refused with
// a message that says so, and nothing else.
func TestProgressLinkRestoresOrRefuses(t *testing.T) {
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	p := answeredSession(t, l).Progress()
	link, err := encodeProgress(p)
	if err != nil {
		t.Fatal(err)
	}
	file, err := progressFileJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	b64 := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	tests := []struct {
		name    string
		restore func() (*quiz.Session, quiz.Resumed, error)
		kept    int    // answers kept, when restored
		refusal string // part of the message, when refused
	}{
		{"link", func() (*quiz.Session, quiz.Resumed, error) { return restoreFromLink(l, link) }, 2, ""},
		{"file", func() (*quiz.Session, quiz.Resumed, error) { return restoreFromFile(l, []byte(file)) }, 2, ""},
		{"link cut short", func() (*quiz.Session, quiz.Resumed, error) { return restoreFromLink(l, link[:len(link)/2]) }, 0, "link is damaged"},
		{"not base64", func() (*quiz.Session, quiz.Resumed, error) { return restoreFromLink(l, "%%%!") }, 0, "link is damaged"},
		{"empty", func() (*quiz.Session, quiz.Resumed, error) { return restoreFromLink(l, "") }, 0, "link is damaged"},
		{"answer for no question", func() (*quiz.Session, quiz.Resumed, error) {
			return restoreFromLink(l, b64(`{"v":1,"s":1,"q":["a"],"n":1,"c":0,"a":[[5,"",1,1,{}]]}`))
		}, 0, "link is damaged"},
		{"place beyond the quiz", func() (*quiz.Session, quiz.Resumed, error) {
			return restoreFromLink(l, b64(`{"v":1,"s":1,"q":["`+p.Questions[0]+`"],"n":1,"c":9}`))
		}, 0, "link is damaged"},
		{"older layout", func() (*quiz.Session, quiz.Resumed, error) { return restoreFromLink(l, b64(`{"v":0}`)) }, 0, "older version"},
		{"another file", func() (*quiz.Session, quiz.Resumed, error) { return restoreFromFile(l, []byte(`{"score": 3}`)) }, 0, "not a Beyond Budapest progress file"},
		{"file from another version", func() (*quiz.Session, quiz.Resumed, error) {
			return restoreFromFile(l, []byte(`{"app":"beyond-budapest/progress","version":2,"progress":""}`))
		}, 0, "another version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, info, err := tt.restore()
			if tt.refusal != "" {
				if err == nil || !strings.Contains(err.Error(), tt.refusal) || !strings.Contains(err.Error(), "nothing was restored") {
					t.Fatalf("got error %v, want a refusal saying %q and that nothing was restored", err, tt.refusal)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := len(s.Progress().Answers); got != tt.kept {
				t.Errorf("restored %d answers, want %d", got, tt.kept)
			}
			if n, _ := s.Position(); n != 3 {
				t.Errorf("restored at question %d, want 3", n)
			}
			if msg := restoredNotice(s, info); !strings.Contains(msg, "2 answers kept") {
				t.Errorf("the notice says %q, want it to count 2 answers kept", msg)
			}
		})
	}
}

// TestRestoredNoticeAgreesWithTheCount: the notice after a restore counts
// answers kept and left out in words that agree with the numbers, in
// English and in Ukrainian (1 відповідь, 2 відповіді, 5 відповідей).
func TestRestoredNoticeAgreesWithTheCount(t *testing.T) {
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	s := answeredSession(t, l)
	tests := []struct {
		lang    string
		dropped int
		want    string
	}{
		{English, 0, "Your progress was restored on this device: 2 answers kept."},
		{English, 1, "Your progress was restored on this device: 2 answers kept. 1 answer to questions changed since was left out."},
		{English, 5, "Your progress was restored on this device: 2 answers kept. 5 answers to questions changed since were left out."},
		{Ukrainian, 1, "Ваш прогрес відновлено на цьому пристрої: збережено 2 відповіді. 1 відповідь на питання, які відтоді змінилися, не враховано."},
		{Ukrainian, 5, "Ваш прогрес відновлено на цьому пристрої: збережено 2 відповіді. 5 відповідей на питання, які відтоді змінилися, не враховано."},
	}
	for _, tt := range tests {
		old := SetLang(tt.lang)
		got := restoredNotice(s, quiz.Resumed{Dropped: tt.dropped})
		SetLang(old)
		if got != tt.want {
			t.Errorf("%s, %d left out: got %q, want %q", tt.lang, tt.dropped, got, tt.want)
		}
	}
}

// TestIOSDetection: iPhones and iPads (which report a Mac with touch) get
// the Home Screen advice; Macs and Android do not.
func TestIOSDetection(t *testing.T) {
	tests := []struct {
		ua, platform string
		touch        int
		want         bool
	}{
		{"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15", "iPhone", 5, true},
		{"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15", "MacIntel", 5, true}, // iPadOS
		{"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15", "MacIntel", 0, false},
		{"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126", "Linux armv8l", 5, false},
	}
	for _, tt := range tests {
		if got := isIOS(tt.ua, tt.platform, tt.touch); got != tt.want {
			t.Errorf("isIOS(%q, %q, %d) = %v, want %v", tt.ua, tt.platform, tt.touch, got, tt.want)
		}
	}
	if html := app.HTMLString(iosAdvice(false)); !strings.Contains(html, "Add to Home Screen") || !strings.Contains(html, "7 days") {
		t.Errorf("the iOS advice does not explain installing: %s", html)
	}
}
