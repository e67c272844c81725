package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuestionCard renders one question's inputs for every kind, with native
// controls only (radios, checkboxes, selects, buttons, a text field) so it
// works by keyboard, touch and screen reader without dragging.
type QuestionCard struct {
	app.Compo

	Question *quiz.Question                         // The question to show.
	Terms    []quiz.Term                            // Glossary terms to mark in the prompt.
	Layout   []int                                  // Display order from the session.
	Response quiz.Response                          // What the inputs show.
	Locked   bool                                   // Checked: inputs are read-only.
	Reveal   bool                                   // Mark right and wrong on the inputs.
	OnChange func(ctx app.Context, r quiz.Response) // Called with every change.

	textFor string // The question whose draft the text field was last filled with.
}

// The text field is not bound to Response on every render: a render that
// lags behind fast typing would write an older value back and drop the
// letters typed since. Instead its content is set once per question, when
// the card mounts or moves to another question. (go-app could not clear
// it anyway: its attributes.Set switches on the value instead of the
// name and drops "", pkg/app/attribute.go:30-42, which left one text
// question's answer in the next.)

// OnMount fills the text field with a saved draft.
func (c *QuestionCard) OnMount(ctx app.Context) { c.syncText(ctx) }

// OnUpdate refills the text field when the parent shows another question.
func (c *QuestionCard) OnUpdate(ctx app.Context) { c.syncText(ctx) }

func (c *QuestionCard) syncText(ctx app.Context) {
	if c.Question == nil || c.Question.Kind != quiz.Text || c.Question.ID == c.textFor {
		return
	}
	c.textFor = c.Question.ID
	// The draft is read when the deferred call runs, after the render
	// that follows: by then the parent may have restored saved progress,
	// and letters typed meanwhile are already in Response (change), so
	// they are never overwritten with an older draft.
	ctx.Defer(func(ctx app.Context) {
		want := c.Response.Text
		if el := app.Window().GetElementByID("answer-text"); el.Truthy() && el.Get("value").String() != want {
			el.Set("value", want)
		}
	})
}

// Render shows the prompt as the legend of a fieldset holding the inputs.
func (c *QuestionCard) Render() app.UI {
	q := c.Question
	fs := untilApp(app.FieldSet().Class("question", "kind-"+string(q.Kind)).DataSet("question", q.ID).Aria("describedby", "kind-hint"))
	return fs.Body(
		app.Legend().Class("prompt").Body(richText(q.Prompt, c.Terms, "q")...),
		app.P().ID("kind-hint").Class("kind-hint").Text(L(q.Kind.Label())),
		c.inputs(),
	)
}

func (c *QuestionCard) inputs() app.UI {
	switch c.Question.Kind {
	case quiz.Single, quiz.TrueFalse:
		return c.choices("radio")
	case quiz.Multiple:
		return c.choices("checkbox")
	case quiz.Order:
		return c.order()
	case quiz.Match:
		return c.match()
	}
	return c.text()
}

// change records r at once, so that a second event arriving before the
// next render builds on it rather than on what was last rendered, then
// tells the parent.
func (c *QuestionCard) change(ctx app.Context, r quiz.Response) {
	if c.Locked {
		return
	}
	c.Response = r
	if c.OnChange != nil {
		c.OnChange(ctx, r)
	}
}

func (c *QuestionCard) choices(inputType string) app.UI {
	q := c.Question
	return app.Div().Class("choices").Body(
		app.Range(c.Layout).Slice(func(pos int) app.UI {
			idx := c.Layout[pos]
			choice := q.Choices[idx]
			picked := slices.Contains(c.Response.Choices, idx)
			id := fmt.Sprintf("choice-%d", idx)
			class := "choice"
			var mark app.UI
			if c.Reveal {
				switch {
				case choice.Correct:
					class += " is-correct"
					mark = app.Span().Class("mark mark-right").Text(map[bool]string{true: L("✓ Your answer: correct"), false: L("✓ Correct answer")}[picked])
				case picked:
					class += " is-wrong"
					mark = app.Span().Class("mark mark-wrong").Text(L("✗ Your answer: not correct"))
				}
			}
			input := flag(flag(app.Input(), "checked", picked), "disabled", c.Locked)
			return app.Div().Class(class).Body(
				input.Type(inputType).ID(id).Name("answer").Value(strconv.Itoa(idx)).
					OnChange(func(ctx app.Context, e app.Event) {
						c.change(ctx, toggled(c.Response, idx, inputType == "radio", ctx.JSSrc().Get("checked").Bool()))
					}, handlerScope(q.ID, idx)),
				app.Label().For(id).Body(app.Span().Text(choiceText(q, idx)), mark),
			)
		}),
	)
}

// toggled returns r with choice idx picked or unpicked.
func toggled(r quiz.Response, idx int, single, on bool) quiz.Response {
	if single {
		return quiz.Response{Choices: []int{idx}}
	}
	var out []int
	for _, x := range r.Choices {
		if x != idx {
			out = append(out, x)
		}
	}
	if on {
		out = append(out, idx)
	}
	slices.Sort(out)
	return quiz.Response{Choices: out}
}

func (c *QuestionCard) order() app.UI {
	q := c.Question
	order := c.Response.Order
	return app.Ol().Class("order-list").Body(
		app.Range(order).Slice(func(pos int) app.UI {
			idx := order[pos]
			item := q.Items[idx]
			var mark app.UI
			class := "order-item"
			if c.Reveal {
				if idx == pos {
					class += " is-correct"
					mark = app.Span().Class("mark mark-right").Text(L("✓ In the right place"))
				} else {
					class += " is-wrong"
					mark = app.Span().Class("mark mark-wrong").Text(Lf("✗ Belongs at position %d", idx+1))
				}
			}
			return app.Li().Class(class).DataSet("item", idx).Body(
				app.Span().Class("order-pos").Aria("hidden", "true").Textf("%d", pos+1),
				app.Span().Class("order-text").Body(app.Text(item), mark),
				app.If(!c.Locked, func() app.UI {
					return app.Span().Class("order-buttons").Body(
						c.moveButton(pos, idx, -1, "↑", "up", Lf("Move “%s” up", attrSafe(item))),
						c.moveButton(pos, idx, +1, "↓", "down", Lf("Move “%s” down", attrSafe(item))),
					)
				}),
			)
		}),
	)
}

// moveButton moves an item one place; focus then follows the item so a
// keyboard user can keep pressing Enter to move it further. label names
// the move for screen readers ("Move “…” up").
func (c *QuestionCard) moveButton(pos, idx, step int, arrow, dir, label string) app.UI {
	target := pos + step
	id := fmt.Sprintf("move-%s-%d", dir, idx)
	other := fmt.Sprintf("move-%s-%d", map[string]string{"up": "down", "down": "up"}[dir], idx)
	return flag(app.Button(), "disabled", target < 0 || target >= len(c.Response.Order)).Type("button").ID(id).Class("move").
		Aria("label", label).
		Text(arrow).
		OnClick(func(ctx app.Context, e app.Event) {
			// Positions are looked up now, not taken from the render, in
			// case the list changed since.
			order := slices.Clone(c.Response.Order)
			from := slices.Index(order, idx)
			to := from + step
			if from < 0 || to < 0 || to >= len(order) {
				return
			}
			order[from], order[to] = order[to], order[from]
			c.change(ctx, quiz.Response{Order: order})
			stillMovable := to+step >= 0 && to+step < len(order)
			focusLater(ctx, map[bool]string{true: id, false: other}[stillMovable])
		}, handlerScope(c.Question.ID, idx, dir))
}

func (c *QuestionCard) match() app.UI {
	q := c.Question
	return app.Div().Class("match-list").Body(
		app.Range(q.Pairs).Slice(func(i int) app.UI {
			id := fmt.Sprintf("match-%d", i)
			chosen := -1
			if i < len(c.Response.Matches) {
				chosen = c.Response.Matches[i]
			}
			var mark app.UI
			class := "match-row"
			if c.Reveal {
				if chosen == i {
					class += " is-correct"
					mark = app.Span().Class("mark mark-right").Text(L("✓ Correct"))
				} else {
					class += " is-wrong"
					mark = app.Span().Class("mark mark-wrong").Text(Lf("✗ Correct: %s", q.Pairs[i].Right))
				}
			}
			return app.Div().Class(class).Body(
				app.Label().For(id).Text(q.Pairs[i].Left),
				flag(app.Select(), "disabled", c.Locked).ID(id).
					OnChange(func(ctx app.Context, e app.Event) {
						v, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
						if err != nil {
							v = -1
						}
						m := slices.Clone(c.Response.Matches)
						for len(m) < len(q.Pairs) {
							m = append(m, -1)
						}
						m[i] = v
						c.change(ctx, quiz.Response{Matches: m})
					}, handlerScope(q.ID, i)).
					Body(
						// "-1", not "": go-app drops empty values (see OnUpdate).
						flag(app.Option(), "selected", chosen < 0).Value("-1").Text(L("Choose…")),
						app.Range(c.Layout).Slice(func(pos int) app.UI {
							ri := c.Layout[pos]
							return flag(app.Option(), "selected", chosen == ri).Value(strconv.Itoa(ri)).Text(q.Pairs[ri].Right)
						}),
					),
				// A closed select shows only the start of a long statement
				// on a phone; the choice is repeated here in full.
				app.If(chosen >= 0 && chosen < len(q.Pairs), func() app.UI {
					return app.P().Class("match-chosen").ID(id + "-chosen").Text(q.Pairs[max(chosen, 0)].Right)
				}),
				mark,
			)
		}),
	)
}

func (c *QuestionCard) text() app.UI {
	q := c.Question
	var mark app.UI
	if c.Reveal {
		if quiz.GradeResponse(q, c.Response).Correct {
			mark = app.P().Class("mark mark-right").Text(L("✓ Accepted"))
		} else {
			mark = app.P().Class("mark mark-wrong").Text(Lf("✗ Not accepted. Expected: %s", q.Answers[0]))
		}
	}
	return app.Div().Class("text-answer").Body(
		app.Label().For("answer-text").Text(L("Your answer")),
		flag(app.Input(), "disabled", c.Locked).Type("text").ID("answer-text").
			AutoComplete(false).Attr("spellcheck", "false").Attr("autocapitalize", "off").
			MaxLength(quiz.MaxTextAnswer).
			OnInput(func(ctx app.Context, e app.Event) {
				c.change(ctx, quiz.Response{Text: ctx.JSSrc().Get("value").String()})
			}, handlerScope(q.ID)),
		mark,
	)
}

// handlerScope names what an event handler's closure captured. go-app keeps
// an element's old handler when the new one has the same code pointer and
// scope (eventHandler.Equal, pkg/app/event.go:92-97), so without a scope a
// button reused for another item after a re-render would still act on the
// item it was first rendered for.
func handlerScope(parts ...any) app.EventOption { return app.EventScope(parts...) }

// attrSafe makes lesson text safe to put in an attribute. go-app's server
// renderer quotes attribute values with strconv.Quote, which writes a
// double quote as \" and so ends the HTML attribute early
// (pkg/app/node.go, encodeHTMLAttribute): lesson text with a " in it could
// add attributes to the prerendered page. Typographic quotes cannot.
func attrSafe(s string) string { return strings.ReplaceAll(s, `"`, "”") }

// focusLater moves keyboard focus to the element with the given id once the
// current update has been rendered.
func focusLater(ctx app.Context, id string) {
	ctx.Defer(func(ctx app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
		}
	})
}
