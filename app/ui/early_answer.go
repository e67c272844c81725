package ui

import (
	"encoding/json"
	"slices"
	"strings"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The first question can be answered before app.wasm has arrived: the
// server marks the prerendered question form with data-early, and
// assets/boot.js enables it for a fresh visitor, keeps what the student
// picks or types, and holds a press of Check. It grades nothing. When
// the app starts, the quiz page takes that answer over (takeEarlyAnswer
// in OnInit, adoptEarly in OnMount) and checks it with the engine, exactly
// as a live Check would.

// earlySettings are the link settings that leave the prerendered first
// question as it is (same question, same choices, same buttons), so
// boot.js may enable it when a link carries only these. The others
// (questions, sections, shuffling, feedback at the end…) can change what
// is shown, and the prerender cannot know them. lang= is followed by
// boot.js before this, to the page prerendered in that language.
var earlySettings = []string{"origins", "pass", "explanations", "lang"}

// earlyWaiting shows after Check, until the app has loaded and checks the
// answer. boot.js shows the same words (data-early-waiting), in the page's
// language.
func earlyWaiting() string {
	return L("Your answer will be checked as soon as the quiz has loaded.")
}

// earlyDropped says why an answer given before the app started is gone.
func earlyDropped() string {
	return L("The answer you gave while the quiz was loading was not kept: the quiz now shows the question where you left off.")
}

// earlyAnswer is what assets/boot.js saw the student do.
type earlyAnswer struct {
	Question string  `json:"question"` // The prerendered question's id.
	Layout   []int   `json:"layout"`   // Choice (or right-hand option) indexes in the order shown.
	Choices  []int   `json:"choices"`  // Picked choice indexes.
	Text     *string `json:"text"`     // The typed answer (text questions).
	Matches  []int   `json:"matches"`  // Per statement, the chosen option index or -1.
	Checked  bool    `json:"checked"`  // Check was pressed.
	Focus    string  `json:"focus"`    // The id of the control that had focus.
	SelStart int     `json:"selStart"` // The caret (selection) in the text field.
	SelEnd   int     `json:"selEnd"`
}

// takeEarlyAnswer reads, once, what the student did with the prerendered
// question, or nil if boot.js did not enable it. It must run before
// go-app replaces the prerendered page (OnInit does), while the
// student's inputs and focus are still in the document.
func takeEarlyAnswer() *earlyAnswer {
	if !app.IsClient {
		return nil
	}
	early := app.Window().Get("bbEarly")
	if !early.Truthy() {
		return nil
	}
	state := early.Call("take")
	if state.Type() != app.TypeString {
		return nil
	}
	var e earlyAnswer
	if err := json.Unmarshal([]byte(state.String()), &e); err != nil || e.Question == "" {
		return nil
	}
	return &e
}

// response turns what the student did into the engine's response to q.
func (e *earlyAnswer) response(q *quiz.Question) quiz.Response {
	switch q.Kind {
	case quiz.Single, quiz.TrueFalse, quiz.Multiple:
		c := slices.Clone(e.Choices)
		slices.Sort(c)
		return quiz.Response{Choices: c}
	case quiz.Match:
		return quiz.Response{Matches: slices.Clone(e.Matches)}
	case quiz.Text:
		if e.Text != nil {
			return quiz.Response{Text: *e.Text}
		}
	}
	return quiz.Response{}
}

// touched reports whether the student gave any answer at all.
func (e *earlyAnswer) touched() bool {
	return e.Checked || len(e.Choices) > 0 || (e.Text != nil && *e.Text != "") ||
		slices.ContainsFunc(e.Matches, func(m int) bool { return m >= 0 })
}

// fits reports whether the early answer was given to the question s shows
// now, as s shows it: same question, same order of choices, nothing
// answered before.
func (e *earlyAnswer) fits(s *quiz.Session) bool {
	q := s.Current()
	if q == nil || q.ID != e.Question || q.Kind == quiz.Order || s.Answered() > 0 {
		return false
	}
	if n, _ := s.Position(); n != 1 || !s.Response(q.ID).Empty(q) {
		return false
	}
	return slices.Equal(e.Layout, s.Layout(q.ID))
}

// adoptEarly takes over the answer given before the app started: it
// becomes the saved response, and if Check was pressed it is checked now,
// with everything a live Check does. An answer given to a question the
// session does not show is dropped with a notice, never applied to
// another question.
func (p *QuizPage) adoptEarly(ctx app.Context) {
	e := p.early
	p.early = nil
	if e == nil {
		return
	}
	if !e.fits(p.session) {
		if e.touched() {
			p.notice = strings.TrimSpace(p.notice + " " + earlyDropped())
		}
		return
	}
	q := p.session.Current()
	r := e.response(q)
	p.resp = r
	if !r.Empty(q) {
		p.changed(ctx, r)
	}
	if e.Checked {
		p.check(ctx)
		return
	}
	restoreFocus(e, q)
}

// restoreFocus puts focus (and the caret) back where the student left it
// in the prerendered page. It runs at once, not deferred: go-app has just
// replaced the page, and a key pressed before the next frame must land in
// the same field, not on the page's body.
func restoreFocus(e *earlyAnswer, q *quiz.Question) {
	if field := app.Window().GetElementByID("answer-text"); q.Kind == quiz.Text && e.Text != nil && field.Truthy() {
		field.Set("value", *e.Text)
	}
	el := app.Window().GetElementByID(e.Focus)
	if !el.Truthy() {
		return
	}
	el.Call("focus", map[string]any{"preventScroll": true})
	if e.Focus == "answer-text" {
		el.Call("setSelectionRange", e.SelStart, e.SelEnd)
	}
}

// earlyForm marks the prerendered question form for assets/boot.js: the
// storage prefix that tells it whether this visitor has progress, the
// link settings that keep this question as it is, and the words to show
// after Check. The app's own render carries none of it.
func (p *QuizPage) earlyForm(f app.HTMLForm) app.HTMLForm {
	if !app.IsServer || p.Review {
		return f
	}
	return f.DataSet("early", progressKey).
		DataSet("early-settings", strings.Join(earlySettings, " ")).
		DataSet("early-waiting", earlyWaiting())
}
