package ui

import (
	"errors"
	"time"

	"beyondbudapest/app/analysis"
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ClassPage reads a class's result files and xAPI statements, dropped or
// picked, and shows the analysis app/analysis computes: the class's
// scores, which sections to re-teach, each question and each student.
// Everything happens in the browser; nothing is sent.
type ClassPage struct {
	app.Compo

	lesson  *quiz.Lesson
	err     error
	class   analysis.Class
	report  analysis.Report
	loading int           // Files still being read.
	took    time.Duration // Reading and analysing the last drop.
	reading time.Duration // Of which, waiting for the browser to read the files.
	loaded  int           // Files in the last drop.
	notice  string
	over    bool // A drag is over the drop zone.
}

// OnInit loads the lesson; the prerender shows the empty page.
func (c *ClassPage) OnInit() {
	c.lesson, c.err = Lesson()
}

// OnMount brings back the class kept on this device.
func (c *ClassPage) OnMount(ctx app.Context) {
	if c.err != nil {
		return
	}
	if err := readClass(ctx, &c.class); err != nil {
		c.notice = L("The class kept on this device could not be read, so the page starts empty.")
	}
	c.report = analysis.Analyse(c.lesson, c.class.Attempts)
}

// Render shows the drop zone, what was refused, and the analysis.
func (c *ClassPage) Render() app.UI {
	if c.err != nil {
		return lessonError(c.err)
	}
	r := c.report
	return shell("/class", &Notice{Text: c.notice},
		app.H1().Text(L("Class results")),
		app.P().Class("lead").Text(L("Load your students' result files to see how the class did: which sections to re-teach, which questions misled them, and each student's score.")),
		app.P().ID("class-privacy").Class("privacy-note").Text(L("Everything is read and worked out in this browser. Nothing is sent anywhere: the files and the analysis stay on this device until you clear them.")),
		noscriptNote(L("Reading result files needs JavaScript, which is turned off in this browser.")),
		c.dropZone(),
		app.P().ID("class-status").Role("status").DataSet("ms", c.took.Milliseconds()).DataSet("read-ms", c.reading.Milliseconds()).Body(app.If(c.loading > 0, func() app.UI {
			return app.Text(Lf("Reading %s…", plural(c.loading, "file", "files")))
		}).ElseIf(c.loaded > 0, func() app.UI {
			return app.Text(Lf("Read %s in %s s.", plural(c.loaded, "file", "files"), decimal(c.took.Seconds(), 2)))
		})),
		c.problems(),
		app.If(r.Students > 0, func() app.UI {
			return app.Div().Body(
				c.summary(),
				c.reteach(),
				c.items(),
				c.students(),
				c.outputs(),
			)
		}),
	)
}

// dropZone is the file picker, which is also where files can be dropped.
func (c *ClassPage) dropZone() app.UI {
	zone := "drop-zone"
	if c.over {
		zone += " over"
	}
	return app.Div().ID("drop-zone").Class(zone).
		On("dragover", func(ctx app.Context, e app.Event) { e.PreventDefault(); c.over = true }).
		On("dragleave", func(ctx app.Context, e app.Event) { c.over = false }).
		On("drop", func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			c.over = false
			c.read(ctx, e.Get("dataTransfer").Get("files"))
		}).
		Body(
			app.Label().For("class-files").Text(L("Result files (JSON or CSV) and xAPI statements (a JSON array)")),
			app.P().Class("hint").Text(L("Choose many at once, or drop them here. Up to 1 MB each.")),
			untilApp(app.Input()).Type("file").ID("class-files").Multiple(true).
				Accept(".json,.csv,application/json,text/csv").
				OnChange(func(ctx app.Context, e app.Event) {
					c.read(ctx, ctx.JSSrc().Get("files"))
					ctx.JSSrc().Set("value", "") // the same files can be chosen again
				}),
		)
}

// problems lists refused files and what was set apart, in plain words.
func (c *ClassPage) problems() app.UI {
	cl, r := c.class, c.report
	var notes []string
	if cl.Duplicates > 0 {
		notes = append(notes, Lf("%s already loaded counted once.", plural(cl.Duplicates, "attempt", "attempts")))
	}
	if cl.Earlier > 0 {
		notes = append(notes, Lf("%s set aside: the same student has a later one, which counts.", plural(cl.Earlier, "earlier attempt", "earlier attempts")))
	}
	if r.SetApart > 0 {
		notes = append(notes, Lf("%s to questions that changed or were removed since (%s) set aside and not counted.",
			plural(r.SetApart, "answer", "answers"), someIDs(r.SetApartQuestions)))
	}
	if r.Unscorable > 0 {
		notes = append(notes, Lf("%s left out: none of their questions is in this version of the lesson.", plural(r.Unscorable, "attempt", "attempts")))
	}
	return app.Div().Body(
		app.If(len(cl.Rejected) > 0, func() app.UI {
			return app.Section().Class("rejected").Aria("labelledby", "rejected-title").Body(
				app.H2().ID("rejected-title").Text(Lf("Not loaded (%d)", len(cl.Rejected))),
				app.Ul().ID("rejected").Body(app.Range(cl.Rejected).Slice(func(i int) app.UI {
					return app.Li().Text(cl.Rejected[i])
				})),
			)
		}),
		app.If(len(notes) > 0, func() app.UI {
			return app.Ul().ID("import-notes").Class("import-notes").Body(app.Range(notes).Slice(func(i int) app.UI {
				return app.Li().Text(notes[i])
			}))
		}),
	)
}

// read loads the files of a FileList: sizes are checked first, contents
// are read by the browser, and the analysis runs once all have arrived.
func (c *ClassPage) read(ctx app.Context, files app.Value) {
	if !files.Truthy() {
		return
	}
	n := files.Length()
	if n == 0 {
		return
	}
	start := time.Now()
	type got struct {
		name string
		data []byte
		err  error
	}
	all := make([]got, n)
	var toRead, sizes []int
	for i := range all {
		f := files.Index(i)
		all[i].name = f.Get("name").String()
		size := f.Get("size").Int()
		if all[i].err = analysis.TooLarge(size); all[i].err == nil {
			toRead, sizes = append(toRead, i), append(sizes, size)
		}
	}
	arrived := make(chan struct{}, 1)
	readFiles(files, toRead, sizes, func(i int, data []byte, err error) { all[i].data, all[i].err = data, err }, func() { arrived <- struct{}{} })
	c.loading, c.notice = n, ""
	class := c.snapshot()
	class.Say = refusalText
	ctx.Async(func() {
		<-arrived
		read := time.Since(start)
		for _, g := range all {
			if g.err != nil {
				class.Refuse(g.name, g.err)
				continue
			}
			class.Add(g.name, g.data)
		}
		rep := analysis.Analyse(c.lesson, class.Attempts)
		took := time.Since(start)
		ctx.Dispatch(func(ctx app.Context) {
			c.class, c.report, c.loading, c.loaded, c.took, c.reading = class, rep, 0, n, took, read
			// Kept on the device once the analysis is on screen: encoding a
			// large class takes a moment the teacher need not wait for.
			// ctx.Defer runs once go-app has updated the page, and
			// afterPaint waits until the browser has shown it. (A
			// time.Sleep did not: in wasm, Go's scheduler runs a goroutine
			// whose timer has expired without returning to the browser, so
			// when the page took longer to build than the sleep, the
			// encoding came before the browser could show anything.)
			ctx.Defer(func(ctx app.Context) {
				afterPaint(func() { ctx.Async(func() { c.keep(ctx, class) }) })
			})
		})
	})
}

// keep writes the class to the device, or says why it could not.
func (c *ClassPage) keep(ctx app.Context, class analysis.Class) {
	if err := writeClass(ctx, class); err != nil {
		ctx.Dispatch(func(ctx app.Context) {
			c.notice = Lf("The class could not be kept on this device (%v): it will be gone after a reload.", err)
		})
	}
}

// afterPaint calls f once the browser has painted the page as it is now:
// from a task queued by the next animation frame, which comes after that
// frame's paint.
func afterPaint(f func()) {
	var frame, painted app.Func
	painted = app.FuncOf(func(this app.Value, args []app.Value) any {
		frame.Release()
		painted.Release()
		f()
		return nil
	})
	frame = app.FuncOf(func(this app.Value, args []app.Value) any {
		app.Window().Call("setTimeout", painted, 0)
		return nil
	})
	app.Window().Call("requestAnimationFrame", frame)
}

// snapshot copies the class so the background work never shares slices
// with what is on screen.
func (c *ClassPage) snapshot() analysis.Class {
	cl := c.class
	cl.Attempts = append([]analysis.Attempt(nil), cl.Attempts...)
	cl.Rejected = append([]string(nil), cl.Rejected...)
	seen := make(map[string]bool, len(cl.Seen))
	for k, v := range cl.Seen {
		seen[k] = v
	}
	cl.Seen = seen
	return cl
}

// readFiles reads the files at indexes which of a FileList, whose sizes
// are given, hands each one's bytes or error to got, then calls done. The
// files are read as one Blob made of them all, so the browser reads them
// in one request and Go is woken and copies bytes once: in Chromium here,
// 500 files took about twice as long read one by one (a Promise.all of
// their arrayBuffer; median 370 ms against 190 ms over ten tries each). A
// file that cannot be read fails the Blob, as it failed the Promise.all.
func readFiles(files app.Value, which, sizes []int, got func(int, []byte, error), done func()) {
	parts := files // all of them, the usual case: a FileList is a sequence the Blob takes as it is
	if len(which) < files.Length() {
		parts = app.Window().Get("Array").New()
		for _, i := range which {
			parts.Call("push", files.Index(i))
		}
	}
	total := 0
	for _, size := range sizes {
		total += size
	}
	var then, fail app.Func
	release := func() { then.Release(); fail.Release() }
	failAll := func() {
		for _, i := range which {
			got(i, nil, errors.New(L("the browser could not read it")))
		}
	}
	then = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer done()
		defer release()
		buf := app.Window().Get("Uint8Array").New(args[0])
		if buf.Length() != total { // a file changed on disk since it was picked
			failAll()
			return nil
		}
		data := make([]byte, total)
		app.CopyBytesToGo(data, buf)
		for k, i := range which {
			got(i, data[:sizes[k]:sizes[k]], nil)
			data = data[sizes[k]:]
		}
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer done()
		defer release()
		failAll()
		return nil
	})
	app.Window().Get("Blob").New(parts).Call("arrayBuffer").Call("then", then, fail)
}

// clear forgets the class, on the page and on the device.
func (c *ClassPage) clear(ctx app.Context, e app.Event) {
	deleteClass(ctx)
	c.class, c.report, c.loaded, c.notice = analysis.Class{}, analysis.Report{}, 0, L("The class was cleared from this device.")
}

// someIDs lists up to five ids and says how many more there are.
func someIDs(ids []string) string {
	if len(ids) > 5 {
		return Lf("%s and %d more", joinIDs(ids[:5]), len(ids)-5)
	}
	return joinIDs(ids)
}
