package export_test

import (
	"bytes"
	"encoding/json"
	"math"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"beyondbudapest/app/export"
	"beyondbudapest/app/quiz"
)

type giftText struct {
	Text string `json:"text"`
}

type giftQuestion struct {
	Type           string    `json:"type"`
	Title          string    `json:"title"`
	Stem           giftText  `json:"stem"`
	GlobalFeedback *giftText `json:"globalFeedback"`
	IsTrue         bool      `json:"isTrue"`
	// gift-pegjs names a true/false question's two feedback texts by
	// position: the first (Moodle shows it for a wrong answer) and the
	// second (for a right one).
	WrongFeedback *giftText `json:"trueFeedback"`
	RightFeedback *giftText `json:"falseFeedback"`
	Choices       []struct {
		IsCorrect bool      `json:"isCorrect"`
		Weight    *float64  `json:"weight"`
		Text      giftText  `json:"text"`
		Feedback  *giftText `json:"feedback"`
	} `json:"choices"`
	MatchPairs []struct {
		Subquestion giftText `json:"subquestion"`
		Subanswer   string   `json:"subanswer"`
	} `json:"matchPairs"`
}

// TestGIFTRoundTrip writes the whole bank as GIFT, parses it with
// gift-pegjs (an independent parser, tests/node) and checks that every
// question comes back with the same prompt, answers, feedback and
// explanation.
func TestGIFTRoundTrip(t *testing.T) { forEachLanguage(t, testGIFTRoundTrip) }

func testGIFTRoundTrip(t *testing.T, l *quiz.Lesson) {
	gift := export.GIFT(l)
	script, _ := filepath.Abs(filepath.Join("..", "..", "tests", "node", "parse-gift.js"))
	cmd := exec.Command("node", script)
	cmd.Stdin = bytes.NewReader([]byte(gift))
	out, err := cmd.Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("gift-pegjs rejected the export (make deps-node-tools installs it): %v %s", err, msg)
	}
	var all, parsed []giftQuestion
	if err := json.Unmarshal(out, &all); err != nil {
		t.Fatal(err)
	}
	categories := 0
	for _, g := range all {
		if g.Type == "Category" {
			categories++ // the $CATEGORY line before each question
			continue
		}
		parsed = append(parsed, g)
	}
	if categories != len(l.Questions) {
		t.Errorf("%d category lines, want one per question", categories)
	}
	if len(parsed) != len(l.Questions) {
		t.Fatalf("parsed %d questions, want %d", len(parsed), len(l.Questions))
	}
	tfFeedback := 0 // true/false questions with feedback
	defer func() {
		if tfFeedback == 0 {
			t.Error("no true/false question has feedback: the check compared nothing")
		}
	}()
	for _, g := range parsed {
		q, ok := l.Question(g.Title)
		if !ok {
			t.Errorf("unknown title %q", g.Title)
			continue
		}
		if g.Stem.Text != q.Prompt {
			t.Errorf("%s: prompt %q, want %q", q.ID, g.Stem.Text, q.Prompt)
		}
		if g.GlobalFeedback == nil || g.GlobalFeedback.Text != q.Explanation {
			t.Errorf("%s: general feedback lost", q.ID)
		}
		switch q.Kind {
		case quiz.Single, quiz.Multiple:
			if g.Type != "MC" || len(g.Choices) != len(q.Choices) {
				t.Errorf("%s: %s with %d choices", q.ID, g.Type, len(g.Choices))
				continue
			}
			// In the order the app shows them.
			for pos, i := range quiz.ChoiceOrder(q) {
				c, gc := q.Choices[i], g.Choices[pos]
				right := gc.IsCorrect || gc.Weight != nil && *gc.Weight > 0
				if gc.Text.Text != c.Text || right != c.Correct {
					t.Errorf("%s choice %d: %q right=%v, want %q right=%v", q.ID, i, gc.Text.Text, right, c.Text, c.Correct)
				}
				if c.Feedback != "" && (gc.Feedback == nil || gc.Feedback.Text != c.Feedback) {
					t.Errorf("%s choice %d: feedback lost", q.ID, i)
				}
			}
			if q.Kind == quiz.Multiple {
				checkMultipleWeights(t, q, func(i int) float64 {
					w := g.Choices[slices.Index(quiz.ChoiceOrder(q), i)].Weight
					if w == nil {
						return math.NaN()
					}
					return *w
				})
			}
		case quiz.TrueFalse:
			if g.Type != "TF" || g.IsTrue != q.Choices[0].Correct {
				t.Errorf("%s: %s isTrue=%v", q.ID, g.Type, g.IsTrue)
			}
			right, wrong := q.Choices[0], q.Choices[1]
			if !right.Correct {
				right, wrong = wrong, right
			}
			text := func(f *giftText) string {
				if f == nil {
					return ""
				}
				return f.Text
			}
			if text(g.RightFeedback) != right.Feedback || text(g.WrongFeedback) != wrong.Feedback {
				t.Errorf("%s: feedback wrong %q, right %q; want %q, %q", q.ID, text(g.WrongFeedback), text(g.RightFeedback), wrong.Feedback, right.Feedback)
			}
			if right.Feedback != "" || wrong.Feedback != "" {
				tfFeedback++
			}
		case quiz.Text:
			if g.Type != "Short" || len(g.Choices) != len(q.Answers) {
				t.Errorf("%s: %s with %d answers", q.ID, g.Type, len(g.Choices))
				continue
			}
			for i, a := range q.Answers {
				if g.Choices[i].Text.Text != a {
					t.Errorf("%s answer %d: %q, want %q", q.ID, i, g.Choices[i].Text.Text, a)
				}
			}
		case quiz.Match, quiz.Order:
			if g.Type != "Matching" {
				t.Errorf("%s: %s, want Matching", q.ID, g.Type)
				continue
			}
			for i, p := range g.MatchPairs {
				var left, right string
				if q.Kind == quiz.Match {
					left, right = q.Pairs[i].Left, q.Pairs[i].Right
				} else {
					left, right = q.Items[i], string(rune('1'+i))
				}
				if p.Subquestion.Text != left || p.Subanswer != right {
					t.Errorf("%s pair %d: %q -> %q, want %q -> %q", q.ID, i, p.Subquestion.Text, p.Subanswer, left, right)
				}
			}
		}
	}
}

// checkMultipleWeights asserts the app's partial credit for a
// multiple-select question exported with percentage weights (weight(i) for
// choice i): +100/R % per right choice, −100/W % per wrong one, so the
// right ones add up to 100 and ticking every box adds up to 0.
func checkMultipleWeights(t *testing.T, q *quiz.Question, weight func(i int) float64) {
	t.Helper()
	var rights, wrongs int
	for _, c := range q.Choices {
		if c.Correct {
			rights++
		} else {
			wrongs++
		}
	}
	right, all := 0.0, 0.0
	for i, c := range q.Choices {
		w, want := weight(i), 100/float64(rights)
		if !c.Correct {
			want = -100 / float64(wrongs)
		}
		if math.Abs(w-want) > 0.001 {
			t.Errorf("%s choice %d (%q): weight %v %%, want %.5f %%", q.ID, i, c.Text, w, want)
		}
		if c.Correct {
			right += w
		}
		all += w
	}
	if math.Abs(right-100) > 0.01 {
		t.Errorf("%s: right weights add up to %v, want 100", q.ID, right)
	}
	if wrongs > 0 && math.Abs(all) > 0.01 {
		t.Errorf("%s: ticking every box is worth %v %%, want 0", q.ID, all)
	}
}
