package ui

import (
	"net/url"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ProgressTransfer moves the student's main quiz to another device or
// browser profile, and keeps a copy off the browser: a "continue on another
// device" link with the progress in its fragment (progress_link.go), and a
// file to save and restore. Opening a link shows what it carries and
// restores it only when the student says so; a damaged link or file is
// refused with what went wrong.
type ProgressTransfer struct {
	app.Compo

	link     string // The progress link; "" when there is nothing to move.
	file     string // The progress file's JSON.
	incoming string // DATA of a progress link that opened this page, waiting for "Restore".
	message  string // What the last restore did, or why it was refused.
	refused  bool   // message is a refusal.

	// Forgotten counts "Forget my progress" on the Settings page: each
	// change drops the link and file of the progress just cleared.
	Forgotten int
}

// OnUpdate builds the link again when the Settings page forgot the
// progress it carried.
func (p *ProgressTransfer) OnUpdate(ctx app.Context) {
	p.refreshLink(ctx)
}

// OnMount builds the link from the saved progress and picks up a progress
// link that opened the page.
func (p *ProgressTransfer) OnMount(ctx app.Context) {
	p.refreshLink(ctx)
	frag := app.Window().URL().Fragment
	if !strings.HasPrefix(frag, progressFragment) {
		return
	}
	p.incoming = strings.TrimPrefix(frag, progressFragment)
	// Out of the address bar, so a reload or a shared address does not
	// restore again.
	app.Window().Get("history").Call("replaceState", nil, "", app.Window().Get("location").Get("pathname").String())
	if l, err := Lesson(); err == nil {
		if _, _, err := restoreFromLink(l, p.incoming); err != nil {
			p.incoming, p.message, p.refused = "", err.Error(), true
		}
	}
	focusLater(ctx, "transfer-title")
}

// refreshLink reads the main quiz's saved progress.
func (p *ProgressTransfer) refreshLink(ctx app.Context) {
	p.link, p.file = "", ""
	saved, found, err := readProgress(ctx, progressKey)
	if err != nil || !found || len(saved.Progress.Answers) == 0 {
		return
	}
	data, err := encodeProgress(saved.Progress)
	if err != nil {
		return
	}
	p.link = appOrigin() + Href("/settings") + "#" + progressFragment + data
	p.file, _ = progressFileJSON(saved.Progress)
}

// restore saves a validated session as the main quiz and says what it kept.
func (p *ProgressTransfer) restore(ctx app.Context, s *quiz.Session, info quiz.Resumed, err error) {
	p.incoming = ""
	if err != nil {
		p.message, p.refused = err.Error(), true
		return
	}
	if werr := writeProgress(ctx, progressKey, savedProgress{SavedAt: time.Now().UTC(), Progress: s.Progress()}); werr != nil {
		p.message, p.refused = Lf("Your progress could not be saved on this device (%s).", werr.Error()), true
		return
	}
	p.message, p.refused = restoredNotice(s, info), false
	p.refreshLink(ctx)
}

// Render shows the link, the file buttons and any incoming link.
func (p *ProgressTransfer) Render() app.UI {
	return app.Section().Class("transfer").Aria("labelledby", "transfer-title").Body(
		app.H2().ID("transfer-title").TabIndex(-1).Text(L("Continue on another device")),
		app.If(p.message != "", func() app.UI {
			cls := "notice"
			if p.refused {
				cls = "notice error"
			}
			return app.P().ID("transfer-message").Class(cls).Role("status").Text(p.message)
		}),
		app.If(p.incoming != "", func() app.UI {
			return app.Div().ID("incoming").Class("notice").Body(
				app.P().Text(L("This link carries quiz progress from another device. Restore it here? It replaces the quiz progress on this device.")),
				app.Button().Type("button").ID("restore-link").Class("button").Text(L("Restore this progress")).
					OnClick(func(ctx app.Context, e app.Event) {
						l, err := Lesson()
						if err != nil {
							p.message, p.refused = err.Error(), true
							return
						}
						s, info, err := restoreFromLink(l, p.incoming)
						p.restore(ctx, s, info, err)
					}),
			)
		}),
		app.If(p.link == "", func() app.UI {
			return app.P().ID("transfer-empty").Text(L("Answer a question of the quiz first; then a link here carries your answers to another device or browser."))
		}).Else(func() app.UI {
			return app.Div().Body(
				app.P().Text(L("Open this link on the other device to carry on there. Your answers travel inside the link itself and are never sent to a server; anyone with the link can see them.")),
				app.Label().For("progress-link").Text(L("Your progress link")),
				app.Input().ID("progress-link").Type("text").ReadOnly(true).Value(p.link).Class("progress-link"),
				app.P().Class("actions").Body(
					app.A().ID("progress-save").Class("button secondary").Href("data:application/json;charset=utf-8,"+url.PathEscape(p.file)).
						Attr("download", progressFileName).Text(L("Save my progress as a file")),
				),
			)
		}),
		app.Label().For("progress-file").Text(L("Restore progress from a saved file")),
		untilApp(app.Input()).ID("progress-file").Type("file").Accept(".json,application/json").
			OnChange(p.readFile),
	)
}

// readFile restores from the file the student chose.
func (p *ProgressTransfer) readFile(ctx app.Context, e app.Event) {
	files := e.Get("target").Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	whenDone(ctx, files.Index(0).Call("text"), func(v app.Value) {
		l, err := Lesson()
		if err != nil {
			p.message, p.refused = err.Error(), true
			return
		}
		s, info, err := restoreFromFile(l, []byte(v.String()))
		p.restore(ctx, s, info, err)
	})
}
