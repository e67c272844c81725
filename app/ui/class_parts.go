package ui

import (
	"fmt"
	"html"
	"math"
	"net/url"
	"strconv"
	"strings"

	"beyondbudapest/app/analysis"
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const svgNS = "http://www.w3.org/2000/svg"

// summary shows class size, mean, median and the score distribution. It
// uses only element types the app already has: each new go-app element
// type adds its whole method set to app.wasm (about 40 KB raw each,
// measured with definition lists and figures).
func (c *ClassPage) summary() app.UI {
	r := c.report
	figure := func(label, id, value string) app.UI {
		return app.Li().Body(app.Strong().Text(label), app.Span().ID(id).Text(value))
	}
	return app.Section().ID("class-summary").Aria("labelledby", "summary-title").
		DataSet("students", r.Students).Body(
		app.H2().ID("summary-title").Text(L("The class")),
		app.Ul().Class("figures").Body(
			figure(L("Students"), "class-size", strconv.Itoa(r.Students)),
			figure(L("Mean score"), "class-mean", percent(r.Mean)),
			figure(L("Median score"), "class-median", percent(r.Median)),
		),
		histogram(r.Bins),
	)
}

// histogram draws the score distribution as an SVG bar chart: sizes are
// attributes and colours come from the stylesheet, since the page's CSP
// allows no inline style. It is raw markup built from numbers alone, so
// nothing from a file can reach it. The chart is labelled as one image,
// and the same counts follow as text for anyone who cannot see it.
func histogram(bins [10]int) app.UI {
	most := 1
	for _, n := range bins {
		most = max(most, n)
	}
	const w, h, bar = 300, 120, 30
	var b strings.Builder
	fmt.Fprintf(&b, `<svg id="histogram" xmlns="%s" viewBox="0 0 %d %d" role="img" aria-labelledby="histogram-caption">`, svgNS, w, h+18)
	var desc []string
	for i, n := range bins {
		height := n * (h - 20) / most
		fmt.Fprintf(&b, `<rect class="bar" x="%d" y="%d" width="%d" height="%d"></rect>`, i*bar+2, h-height, bar-4, height)
		fmt.Fprintf(&b, `<text class="bar-count" x="%d" y="%d" text-anchor="middle">%d</text>`, i*bar+bar/2, h-height-4, n)
		desc = append(desc, fmt.Sprintf("%s: %d", binLabel(i), n))
	}
	fmt.Fprintf(&b, `<line class="axis" x1="0" y1="%d" x2="%d" y2="%d"></line>`, h, w, h)
	fmt.Fprintf(&b, `<text class="axis-label" x="0" y="%d">0 %%</text><text class="axis-label" x="%d" y="%d" text-anchor="end">100 %%</text></svg>`, h+15, w, h+15)
	return app.Div().Class("histogram").Body(
		app.Raw(b.String()),
		app.P().ID("histogram-caption").Text(Lf("Students by score, in tenths: %s.", strings.Join(desc, "; "))),
	)
}

func binLabel(i int) string {
	if i == 9 {
		return "90–100 %"
	}
	return fmt.Sprintf("%d–%d %%", i*10, i*10+9)
}

// reteach lists sections and facts, weakest first, each linking to the
// explainer section that teaches it.
func (c *ClassPage) reteach() app.UI {
	r, l := c.report, c.lesson
	reteachLink := func(section string) app.UI {
		sec, _ := l.Section(section)
		return app.A().Href(Href("/learn#" + sec.ID)).Text(Lf("Re-teach this: %s", sec.Title))
	}
	return app.Section().Class("reteach").Aria("labelledby", "reteach-title").Body(
		app.H2().ID("reteach-title").Text(L("What to re-teach first")),
		app.P().Text(L("Mastery is the class's mean score on the questions about each part, weakest first.")),
		app.H3().Text(L("By section")),
		app.Ol().ID("section-mastery").Body(app.Range(r.Sections).Slice(func(i int) app.UI {
			m := r.Sections[i]
			return app.Li().ID("mastery-"+m.ID).Body(
				app.Span().Class("mastery").Text(percent(m.Score*100)), app.Text(" "), reteachLink(m.Section))
		})),
		app.H3().Text(L("By source fact")),
		scrollTable("fact-mastery", L("Mastery by source fact, weakest first"),
			[]string{L("Mastery"), L("Fact"), L("Taught in")}, len(r.Facts), func(i int) []app.UI {
				m := r.Facts[i]
				f, _ := l.Fact(m.ID)
				return []app.UI{app.Text(percent(m.Score * 100)), app.Text(m.ID + ": " + clipText(f.Text, 110)), reteachLink(m.Section)}
			}),
	)
}

// items is the item analysis, one row per question.
func (c *ClassPage) items() app.UI {
	r := c.report
	return app.Section().Class("items").Aria("labelledby", "items-title").Body(
		app.H2().ID("items-title").Text(L("Each question")),
		app.P().Text(Lf("Facility: the share of the question the class got right (partial credit as in the quiz, skips as 0). Discrimination: the top %d %% of students' mean on it minus the bottom %d %%'s (upper–lower index).",
			groupPercent, groupPercent)),
		scrollTable("items-table", L("Item analysis"),
			[]string{L("Question and warnings"), L("Facility"), L("Discrimination"), L("Skipped"), L("Most chosen wrong answer")},
			len(r.Items), func(i int) []app.UI {
				it := r.Items[i]
				q := it.Question
				disc := L("too few students")
				if it.HasDiscrimination {
					disc = decimal(it.Discrimination, 2)
				}
				wrong := app.UI(app.Text("—"))
				if it.Wrong != nil {
					wrong = app.Div().Body(
						app.Text(fmt.Sprintf("%s (%d)", wrongAnswerText(q, it.Wrong.Response), it.Wrong.Count)),
						app.If(it.Wrong.Feedback != "", func() app.UI {
							return app.P().Class("feedback-text").Text(Lf("Its feedback: %s", it.Wrong.Feedback))
						}),
					)
				}
				return []app.UI{
					app.Div().Body(
						app.Text(clipText(q.Prompt, 120)), app.Span().Class("qid").Text(q.ID),
						app.Range(it.Flags).Slice(func(k int) app.UI {
							return app.P().Class("flag").Text(Lf("Warning: %s", noticeText(it.Flags[k])))
						}),
					),
					app.Text(decimal(it.Facility, 2)),
					app.Text(disc),
					app.Text(it.Skipped),
					wrong,
				}
			}),
	)
}

// students is one line per student.
func (c *ClassPage) students() app.UI {
	r := c.report
	rows := make([][]string, len(r.People))
	for i, p := range r.People {
		rows[i] = []string{
			p.Attempt.Label(),
			Lf("%s of %d (%s)", localNumber(points(p.Points)), p.Max, percent(p.Percent)),
			duration(p.Attempt.Seconds),
			strconv.Itoa(p.Tries),
			joinIDs(p.Missed),
		}
	}
	return app.Section().Class("students").Aria("labelledby", "students-title").Body(
		app.H2().ID("students-title").Text(L("Each student")),
		scrollRegion("students-table", textTable("students-table", L("Students"),
			[]string{L("Student"), L("Score"), L("Time"), L("Tries"), L("Questions missed")}, rows)),
	)
}

// scrollTable is a table that scrolls sideways on a narrow screen, in a
// region a keyboard can focus and scroll.
func scrollTable(id, caption string, head []string, rows int, cells func(int) []app.UI) app.UI {
	return scrollRegion(id, app.Table().ID(id).Class("data").Body(
		app.Caption().ID(id+"-caption").Text(caption),
		app.THead().Body(app.Tr().Body(app.Range(head).Slice(func(i int) app.UI {
			return app.Th().Scope("col").Text(head[i])
		}))),
		app.TBody().Body(app.Range(make([]struct{}, rows)).Slice(func(i int) app.UI {
			cs := cells(i)
			return app.Tr().Body(app.Range(cs).Slice(func(k int) app.UI { return app.Td().Body(cs[k]) }))
		})),
	))
}

// scrollRegion holds the table whose id is given, labelled by its caption.
func scrollRegion(id string, table app.UI) app.UI {
	return app.Div().Class("table-scroll").TabIndex(0).Role("region").Aria("labelledby", id+"-caption").Body(table)
}

// textTable is scrollTable's table for cells of plain text, written as one
// piece of HTML (app.Raw) with every value escaped. A class of hundreds
// makes the student table most of the page, and go-app builds an element
// per cell with several calls from wasm to the DOM each: about 0.3 s for
// 500 students in Chromium here, where the browser parses the same table
// from one string in a few milliseconds. Only text from the analysis goes
// in, always through html.EscapeString, so a name typed into a result
// file stays text.
func textTable(id, caption string, head []string, rows [][]string) app.UI {
	var b strings.Builder
	esc := html.EscapeString
	b.WriteString(`<table id="` + esc(id) + `" class="data"><caption id="` + esc(id) + `-caption">` + esc(caption) + `</caption><thead><tr>`)
	for _, h := range head {
		b.WriteString(`<th scope="col">` + esc(h) + `</th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, row := range rows {
		b.WriteString("<tr>")
		for _, cell := range row {
			b.WriteString("<td>")
			b.WriteString(esc(cell))
			b.WriteString("</td>")
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</tbody></table>")
	return app.Raw(b.String())
}

// outputs offers the analysis as CSV, printing, and clearing.
func (c *ClassPage) outputs() app.UI {
	dataURL := func(b []byte) string { return "data:text/csv;charset=utf-8," + url.PathEscape(string(b)) }
	return app.Section().Class("class-outputs").Aria("labelledby", "outputs-title").Body(
		app.H2().ID("outputs-title").Text(L("Take it with you")),
		app.P().Class("actions").Body(
			app.A().ID("items-csv").Class("button secondary").Href(dataURL(c.report.ItemsCSV(describeResponse))).
				Attr("download", "class-item-analysis.csv").Text(L("Item analysis (CSV)")),
			app.A().ID("students-csv").Class("button secondary").Href(dataURL(c.report.StudentsCSV())).
				Attr("download", "class-students.csv").Text(L("Student table (CSV)")),
			untilApp(app.Button()).Type("button").ID("print-class").Class("button secondary").Text(L("Print")).
				OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("print") }),
			untilApp(app.Button()).Type("button").ID("clear-class").Class("button secondary").Text(L("Clear the class from this device")).
				OnClick(c.clear),
		),
	)
}

// percent is v with at most one decimal, and a space before the sign,
// as both English and Ukrainian typesetting write it: "45.5 %", "45,5 %".
func percent(v float64) string {
	return localNumber(strings.TrimSuffix(strings.TrimSuffix(strconv.FormatFloat(v, 'f', 1, 64), "0"), ".")) + " %"
}

// decimal is v with prec decimals, in the page's language's form: 0.45
// in English, 0,45 in Ukrainian.
func decimal(v float64, prec int) string {
	return localNumber(strconv.FormatFloat(v, 'f', prec, 64))
}

// localNumber writes a number formatted the English way ("2.5") the way
// the page's language does: Ukrainian has a decimal comma ("2,5"). The
// class page has no thousands, so no group separator is needed.
func localNumber(s string) string {
	if lang == Ukrainian {
		return strings.ReplaceAll(s, ".", ",")
	}
	return s
}

func duration(secs int) string {
	if secs <= 0 {
		return L("unknown")
	}
	if secs < 60 {
		return Lf("%d s", secs)
	}
	return Lf("%d min %d s", secs/60, secs%60)
}

func clipText(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// groupPercent is the share of the class in each group of the
// discrimination index, in percent (27).
var groupPercent = int(math.Round(analysis.GroupShare * 100))

// wrongAnswerText puts a wrong answer into words (describeResponse), with
// a true or false in the page's language, as on the answer key.
func wrongAnswerText(q *quiz.Question, r quiz.Response) string {
	if q.Kind == quiz.TrueFalse {
		return trueOrFalse(describeResponse(q, r))
	}
	return describeResponse(q, r)
}
