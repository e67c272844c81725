package ui

import (
	"fmt"
	"html"
	"strings"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Explainer is the reading page: every section with its takeaway, each
// claim linked to the fact it rests on, and the fact sheet at the end.
// Sections and facts have ids so that quiz feedback can link straight to
// them (/learn#istanbul, /learn#fact-F5).
type Explainer struct {
	app.Compo

	lesson *quiz.Lesson
	err    error
}

// OnInit loads the lesson.
func (e *Explainer) OnInit() {
	e.lesson, e.err = Lesson()
}

// Render shows the sections, then the fact sheet.
func (e *Explainer) Render() app.UI {
	if e.err != nil {
		return lessonError(e.err)
	}
	l := e.lesson
	return shell("/learn", &Notice{},
		// "Explainer", as in the menu and the title; /why has the question.
		app.H1().Text(L("Explainer: from Budapest 1994 to Istanbul 2022")),
		app.P().Class("lead").Text(L("In seven short parts: what Ukraine signed in 1994, why Ukrainian officials now call that deal pointless, what it asked for in Istanbul in March 2022, and why the West hesitates. Key claims link to the numbered facts they rest on.")),
		app.Nav().Class("toc").Aria("label", L("Sections")).Body(
			app.Ol().Body(app.Range(l.Sections).Slice(func(i int) app.UI {
				return app.Li().Body(app.A().Href(Href("/learn#" + l.Sections[i].ID)).Text(l.Sections[i].Title))
			})),
		),
		app.Range(l.Sections).Slice(func(i int) app.UI {
			return e.section(l.Sections[i])
		}),
		moreLinks("/learn"),
	)
}

func (e *Explainer) section(s quiz.Section) app.UI {
	return app.Section().ID(s.ID).Class("lesson-section").Aria("labelledby", s.ID+"-title").Body(
		app.H2().ID(s.ID+"-title").Text(s.Title),
		app.P().Class("takeaway").Body(app.Strong().Text(L("In short: ")), app.Text(s.Takeaway)),
		app.Range(s.Body).Slice(func(i int) app.UI {
			return app.P().Body(richText(s.Body[i], e.lesson.Terms, fmt.Sprintf("%s-%d", s.ID, i))...)
		}),
	)
}

// withFactLinks turns the [F3] citations of a paragraph into links to the
// fact sheet, keeping the rest as plain text (never as HTML).
func withFactLinks(text string) []app.UI {
	return richText(text, nil, "")
}

// richText renders lesson text as plain text (never as HTML) with its [F3]
// citations linked and, when terms are given, the first mention of each
// glossary term marked with its definition. key makes the term ids unique
// on the page.
func richText(text string, terms []quiz.Term, key string) []app.UI {
	segs := quiz.Segments(text)
	if len(terms) > 0 {
		segs = quiz.MarkTerms(segs, terms)
	}
	var out []app.UI
	for i, seg := range segs {
		var node app.UI
		switch {
		case seg.Fact != "":
			node = factLink(seg.Fact)
		case seg.Term != "":
			node = &TermTip{Term: termByID(terms, seg.Term), Text: seg.Text, Key: fmt.Sprintf("%s-%d", key, i)}
		default:
			out = append(out, app.Text(seg.Text))
			continue
		}
		if next := i + 1; app.IsServer && next < len(segs) && segs[next].Fact == "" && segs[next].Term == "" {
			if p := leadingPunctuation(segs[next].Text); p != "" {
				out = append(out, glued(node, p))
				segs[next].Text = segs[next].Text[len(p):]
				continue
			}
		}
		out = append(out, node)
	}
	return out
}

// glued renders, on the server, a term or citation together with the
// punctuation that follows it. go-app's prerender writes each child of an
// element on a line of its own (pkg/app/node.go:711-717, v10.1.11), and the
// browser shows that line break as a space: "Memorandum ?", "[F6] .".
// The element's own markup is written on one line for the same reason
// (the break after a term's button showed as a space too). The running
// app builds the DOM directly and needs none of this.
func glued(node app.UI, punctuation string) app.UI {
	markup := app.HTMLString(node)
	for {
		i := strings.Index(markup, "\n")
		if i < 0 {
			break
		}
		j := i + 1
		for j < len(markup) && markup[j] == ' ' {
			j++
		}
		markup = markup[:i] + markup[j:]
	}
	return app.Raw(`<span class="glued">` + markup + html.EscapeString(punctuation) + `</span>`)
}

// leadingPunctuation is the run of closing punctuation text starts with.
func leadingPunctuation(text string) string {
	end := 0
	for end < len(text) && strings.ContainsRune(".,;:?!)]", rune(text[end])) {
		end++
	}
	return text[:end]
}

func termByID(terms []quiz.Term, id string) *quiz.Term {
	for i := range terms {
		if terms[i].ID == id {
			return &terms[i]
		}
	}
	return &quiz.Term{ID: id, Term: id}
}

// factLink is the small citation link used in the explainer and the quiz.
func factLink(id string) app.UI {
	label := Lf("Source fact %s", id)
	if len(id) > 0 && id[0] == 'B' {
		label = Lf("Background fact %s", id)
	}
	return app.A().Class("fact-ref").Href(Href("/sources#fact-"+id)).Aria("label", label).Text("[" + id + "]")
}
