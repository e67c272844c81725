package ui

import (
	"fmt"
	"strconv"
	"strings"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TeachersPage builds the snippet that embeds the quiz in a course page:
// choose the questions and how the quiz runs, see a live preview, copy the
// code. It also says plainly what data leaves the student's device.
type TeachersPage struct {
	app.Compo

	lesson   *quiz.Lesson
	err      error
	sections map[string]bool
	count    string
	shuffle  bool
	choices  bool
	pass     string
	feedback string
	explain  bool
	origins  string
	quizLang string // The quiz's language: English or Ukrainian.
	copied   bool
	// retries is the "Allow retries" box once the teacher touched it;
	// until then it follows the pass mark (off when one is set).
	retries, retriesSet bool
}

// OnInit loads the lesson and the default choices: every section, in
// order, feedback after each answer, explanations on.
func (t *TeachersPage) OnInit() {
	t.lesson, t.err = Lesson()
	if t.err != nil {
		return
	}
	t.sections = map[string]bool{}
	for _, s := range t.lesson.Sections {
		t.sections[s.ID] = true
	}
	t.feedback = "now"
	t.explain = true
	t.quizLang = lang
}

// settings are the embed link's settings for the current choices: only
// what differs from a quiz link without settings.
func (t *TeachersPage) settings() quiz.Settings {
	var s quiz.Settings
	var chosen []string
	for _, sec := range t.lesson.Sections {
		if t.sections[sec.ID] {
			chosen = append(chosen, sec.ID)
		}
	}
	if len(chosen) > 0 && len(chosen) < len(t.lesson.Sections) {
		s.Sections = chosen
	}
	if n, err := strconv.Atoi(strings.TrimSpace(t.count)); err == nil && t.countProblem() == "" {
		s.Count = n
	}
	s.ShuffleQuestions, s.ShuffleChoices = t.shuffle, t.choices
	if n, err := strconv.Atoi(strings.TrimSuffix(t.pass, "%")); err == nil && n > 0 && n <= 100 {
		s.PassMark = n
	}
	// Retries are said only where they differ from what the pass mark
	// implies: allowed in a self-check, refused in a graded quiz.
	if allow := t.allowRetries(); allow == (s.PassMark > 0) {
		s.Retries = &allow
	}
	if t.feedback == "end" {
		s.Feedback = quiz.FeedbackEnd
	}
	s.HideExplanations = !t.explain
	s.Origins, _ = siteOrigins(t.origins)
	return s
}

// query is the embed link's settings, as quiz.Settings encodes them.
func (t *TeachersPage) query() string {
	return t.settings().Encode()
}

// quizSettings are the settings without where results go: the worksheet,
// the answer key and the SCORM packages have no page to send them to.
func (t *TeachersPage) quizSettings() quiz.Settings {
	s := t.settings()
	s.Origins = nil
	return s
}

// scormSettings are a SCORM package's settings. A package has one launch
// address, so its language is a setting (lang=uk, which lmsPage reads);
// the embed, the worksheet and the answer key say it in their address
// (/uk/embed) instead, as every page of the app does.
func (t *TeachersPage) scormSettings() quiz.Settings {
	s := t.quizSettings()
	if t.quizLang != English {
		s.Lang = t.quizLang
	}
	return s
}

// paperLink links to the worksheet or answer key (path) of the
// configured quiz, in the quiz's language. In the other language than the
// page's, it says lang= (which boot.js follows rather than the language
// this device chose) and is followed by the browser as a page load of
// its own (followedByBrowser), as the language switch is.
func (t *TeachersPage) paperLink(id, path string) app.HTMLA {
	s := t.quizSettings()
	a := app.A().ID(id)
	if t.quizLang != lang {
		s.Lang = t.quizLang
		a = a.OnClick(followedByBrowser)
	}
	return a.Href(HrefIn(t.quizLang, path) + "?" + s.Encode())
}

// embedURL is the absolute address of the configured embed view, in the
// quiz's language.
func (t *TeachersPage) embedURL() string {
	u := appOrigin() + HrefIn(t.quizLang, "/embed")
	if q := t.query(); q != "" {
		u += "?" + q
	}
	return u
}

// snippet is the code a teacher pastes into the course page, its words in
// the quiz's language.
func (t *TeachersPage) snippet() string {
	origin := appOrigin()
	return fmt.Sprintf(`<iframe src="%s" title="%s" width="100%%" height="700" style="border:0;max-width:48rem" loading="lazy" allow="clipboard-write"></iframe>
<script>
/* %s */
window.addEventListener("message", function (e) {
  if (e.origin !== "%s" || !e.data || e.data.type !== "beyond-budapest:resize") return;
  document.querySelectorAll('iframe[src^="%s/"]').forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = e.data.height + "px";
  });
});
</script>`, htmlEscape(t.embedURL()), htmlEscape(In(t.quizLang, "Beyond Budapest quiz")), In(t.quizLang, "Optional: grow the frame to fit the quiz."), origin, origin)
}

// Render shows the options, the preview and the snippet.
func (t *TeachersPage) Render() app.UI {
	if t.err != nil {
		return lessonError(t.err)
	}
	l := t.lesson
	return shell("/teachers", &Notice{},
		app.H1().Text(L("For teachers")),
		app.P().Class("lead").Text(L("Put the quiz in your course page: choose the questions and how the quiz runs, check the preview, then copy the code.")),
		noscriptNote(L("Choosing the settings needs JavaScript, which is turned off in this browser.")),
		app.Form().Class("teacher-form").OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).Body(
			untilApp(app.FieldSet()).Class("setting").Body(
				app.Legend().Text(L("Sections")),
				app.Range(l.Sections).Slice(func(i int) app.UI {
					s := l.Sections[i]
					id := "section-" + s.ID
					return app.Div().Class("choice").Body(
						flag(app.Input(), "checked", t.sections[s.ID]).Type("checkbox").ID(id).
							OnChange(func(ctx app.Context, e app.Event) {
								t.sections[s.ID] = ctx.JSSrc().Get("checked").Bool()
							}, handlerScope(s.ID)),
						app.Label().For(id).Text(Lf("%s (%s)", s.Title, plural(t.sectionCount(s.ID), "question", "questions"))),
					)
				}),
			),
			t.countField(),
			t.check("shuffle", L("Shuffle the questions"), &t.shuffle),
			t.check("shuffle-choices", L("Shuffle the answer choices"), &t.choices),
			t.field("pass", L("Pass mark in percent (empty: a self-check with no pass or fail)"), "number", &t.pass),
			app.Div().Class("choice").Body(
				flag(untilApp(app.Input()), "checked", t.allowRetries()).Type("checkbox").ID("retries").
					OnChange(func(ctx app.Context, e app.Event) {
						t.retries, t.retriesSet = ctx.JSSrc().Get("checked").Bool(), true
					}),
				app.Label().For("retries").Text(L("Allow retries of the missed questions (the first attempt stays the graded one)")),
			),
			untilApp(app.FieldSet()).Class("setting").Body(
				app.Legend().Text(L("Feedback")),
				t.radio("feedback-now", L("After each answer"), t.feedback == "now", func() { t.feedback = "now" }),
				t.radio("feedback-end", L("Only at the end"), t.feedback == "end", func() { t.feedback = "end" }),
			),
			t.check("explanations", L("Show explanations with the feedback"), &t.explain),
			t.originsField(),
			t.langField(),
		),
		app.H2().Text(L("Preview")),
		app.IFrame().ID("preview").Class("preview").Src(HrefIn(t.quizLang, "/embed")+"?"+t.query()).Title(L("Preview of the embedded quiz")),
		app.H2().Text(L("The code to copy")),
		app.Label().For("snippet").Text(L("Paste this into your course page's HTML")),
		// The snippet is the textarea's content, not its value attribute:
		// go-app's prerender does not escape quotes in attributes (attrSafe).
		app.Textarea().ID("snippet").ReadOnly(true).Rows(12).Body(app.Text(t.snippet())),
		embedSites(),
		app.P().Body(
			untilApp(app.Button()).Type("button").ID("copy-snippet").Class("button").
				Text(map[bool]string{true: L("Copied"), false: L("Copy the code")}[t.copied]).
				OnClick(func(ctx app.Context, e app.Event) {
					if cb := app.Window().Get("navigator").Get("clipboard"); cb.Truthy() {
						cb.Call("writeText", t.snippet())
					}
					t.copied = true
				}),
		),
		app.P().Body(
			app.Text(L("On paper: ")),
			t.paperLink("worksheet-link", "/worksheet").Text(L("the worksheet")),
			app.Text(L(" and ")),
			t.paperLink("answer-key-link", "/answer-key").Text(L("its answer key")),
			app.Text(L(", with the same questions.")),
		),
		app.P().ID("class-link").Body(
			app.Text(L("After the quiz: ")),
			app.A().Href(Href("/class")).Text(L("read your class's result files")),
			app.Text(L(" (item analysis, what to re-teach, each student), in this browser, with nothing sent anywhere.")),
		),
		t.scormOffer(),
		app.Section().Class("instructions").Aria("labelledby", "where-title").Body(
			app.H2().ID("where-title").Text(L("Where to paste it")),
			app.P().Body(app.Strong().Text("Moodle: "), app.Text(L("add a Page or a Label, open the editor's HTML view (the </> button), paste, save. If your site strips scripts, the frame keeps the height you set."))),
			app.P().Body(app.Strong().Text("Canvas: "), app.Text(L("edit a Page, switch to the HTML editor, paste the iframe line. Canvas removes the script, so set the height you want in the iframe line."))),
			app.P().Body(app.Strong().Text(L("Any web page: ")), app.Text(L("paste both parts where the quiz should appear. Pages that already use H5P's resizer script size the frame without ours."))),
		),
		app.Section().Class("privacy").Aria("labelledby", "privacy-title").Body(
			app.H2().ID("privacy-title").Text(L("What data leaves the student's device")),
			app.P().Text(L("By default, nothing. Answers, progress and settings stay in the student's browser.")),
			app.P().Text(L("If you list sites under \"Send results to\", the quiz sends each answer and the final score, as xAPI statements, to the page that embeds it, and only if that page is on one of the listed sites. Students appear under a random id made on their device, never their name or e-mail address.")),
			app.P().Text(L("The frame also tells the page its height, so that the page can fit it. That message carries nothing else.")),
			app.P().Text(L("In a SCORM package, the platform that plays it gets each answer, the score, the outcome and the time spent, and keeps the student's progress; it knows who the student is, the quiz does not ask.")),
		),
	)
}

func (t *TeachersPage) field(id, label, kind string, v *string) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		untilApp(app.Input()).Type(kind).ID(id).Value(*v).
			OnInput(func(ctx app.Context, e app.Event) { *v = ctx.JSSrc().Get("value").String() }, handlerScope(id)),
	)
}

func (t *TeachersPage) check(id, label string, v *bool) app.UI {
	return app.Div().Class("choice").Body(
		flag(untilApp(app.Input()), "checked", *v).Type("checkbox").ID(id).
			OnChange(func(ctx app.Context, e app.Event) { *v = ctx.JSSrc().Get("checked").Bool() }, handlerScope(id)),
		app.Label().For(id).Text(label),
	)
}

func (t *TeachersPage) radio(id, label string, checked bool, set func()) app.UI {
	return app.Div().Class("choice").Body(
		flag(app.Input(), "checked", checked).Type("radio").ID(id).Name("feedback").
			OnChange(func(ctx app.Context, e app.Event) { set() }, handlerScope(id)),
		app.Label().For(id).Text(label),
	)
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// scormOffer offers the quiz, with the settings chosen above, as SCORM
// packages for an LMS gradebook, when the server makes them (serve
// -scorm, as make run does); a static copy cannot.
func (t *TeachersPage) scormOffer() app.UI {
	base := app.Getenv("BB_SCORM")
	return app.Section().Class("scorm").Aria("labelledby", "scorm-title").Body(
		app.H2().ID("scorm-title").Text(L("Or as a SCORM package, for your gradebook")),
		app.P().Text(L("Upload a SCORM package as an activity in Moodle, Canvas, Blackboard and most other platforms: the score, pass or fail and every answer go to the gradebook, and students carry on where they left off, on any computer. The package uses the settings above; results go to the platform, not to the sites listed.")),
		app.If(base != "", func() app.UI {
			s := t.scormSettings()
			link := func(id string, v report.SCORMVersion, label string) app.UI {
				// The packages are files, in no language's address.
				return app.A().ID(id).Class("button secondary").Href(HrefIn(English, base+v.FileName())+"?"+s.Encode()).Attr("download", scormFileName(v, s)).Text(label)
			}
			return app.Div().Body(
				app.P().Class("actions").Body(
					link("scorm12-link", report.SCORM12, L("Download for SCORM 1.2")),
					link("scorm2004-link", report.SCORM2004, L("Download for SCORM 2004")),
				),
				app.P().Text(L("SCORM 1.2 works almost everywhere; choose 2004 if your platform asks for it.")),
				app.P().ID("scorm-size").Text(L("Each package is about 2.3 MB, so your platform's upload limit must be at least 3 MB. Moodle on a default PHP set-up allows 2 MB: ask your administrator to raise upload_max_filesize and post_max_size (to 8M, say). Students download about 2.4 MB to start the quiz.")),
			)
		}).Else(func() app.UI {
			return app.P().ID("scorm-unavailable").Text(L("This copy of the app is served as plain files and cannot make packages; whoever hosts it can build them (make scorm)."))
		}),
	)
}

// embedSites says in plain words which course sites may show the embedded
// quiz, as the server that runs this copy allows (BB_FRAME_ANCESTORS,
// from make run FRAME_ANCESTORS=…), and what to ask for otherwise.
func embedSites() app.UI {
	sites := strings.Fields(app.Getenv("BB_FRAME_ANCESTORS"))
	if len(sites) == 0 {
		return app.P().ID("embed-sites").Text(L("This copy of the quiz can be embedded in a page on any site: paste the code and it shows."))
	}
	return app.P().ID("embed-sites").Body(
		app.Text(Lf("This copy of the quiz can only be embedded in pages on %s. ", strings.Join(sites, ", "))),
		app.Text(L("On any other site the frame stays blank. If your course site is not listed, ask whoever runs this copy to add its address (for example https://moodle.example.edu) to the sites allowed to embed it, or use the SCORM package below.")),
	)
}

// allowRetries is the "Allow retries" box: as the teacher set it, or off
// by default once a pass mark makes the quiz graded.
func (t *TeachersPage) allowRetries() bool {
	if t.retriesSet {
		return t.retries
	}
	return strings.TrimSpace(t.pass) == ""
}

// langField is the quiz's language: the embed, the worksheet, the answer
// key and the SCORM packages are in it. It starts as the page's.
func (t *TeachersPage) langField() app.UI {
	return untilApp(app.FieldSet()).Class("setting").Body(
		app.Legend().Text(L("Language of the quiz")),
		app.Range(Languages).Slice(func(i int) app.UI {
			l := Languages[i]
			id := "quiz-lang-" + l.Code
			return app.Div().Class("choice").Body(
				flag(app.Input(), "checked", t.quizLang == l.Code).Type("radio").ID(id).Name("quiz-lang").
					OnChange(func(ctx app.Context, e app.Event) { t.quizLang = l.Code }, handlerScope(id)),
				// Each language is named in itself, as the language switch does.
				app.Label().For(id).Lang(l.Code).Text(l.Name),
			)
		}),
	)
}
