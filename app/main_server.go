//go:build !wasm

// The server entry point.
//
//	app check [DIR]                 validate the lesson (default: the bundled questions/)
//	app compile [DIR]               validate DIR (default questions) and write DIR/lesson.json
//	app static [-out D] [-base B] [-site O] [-wasm F]   write the app as a static site
//	app report                      print which questions test which facts, answer cues, reading grades
//	app export [-out D]             write the question bank as GIFT, Moodle XML and QTI 2.1
//	app scorm [-out D] [-quiz Q] [-wasm F]   write SCORM 1.2 and 2004 packages
//	app stamp LANG [ID …]           record that translated entries match the English as it is now
//	app serve [-addr A] [-wasm F] [-scorm D] [-site O]   serve the app (default 127.0.0.1:8000)
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"beyondbudapest/app/export"
	"beyondbudapest/app/quiz"
	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
	"beyondbudapest/questions"
)

func main() {
	ui.Register()
	cmd := "serve"
	args := os.Args[1:]
	if len(args) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "check":
		err = check(os.Stdout, args)
	case "compile":
		err = compile(os.Stdout, args)
	case "serve":
		err = serve(args)
	case "static":
		err = static(args)
	case "report":
		err = report(os.Stdout)
	case "export":
		err = exportBank(args)
	case "scorm":
		err = scormPackages(args)
	case "stamp":
		err = stamp(os.Stdout, args)
	default:
		err = fmt.Errorf("unknown command %q (want check, compile, serve, static, report, export, scorm or stamp)", cmd)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// check loads the lesson's text sources (the bundled ones, or the folder
// named in args) and reports every problem as file:line, then refuses a
// bank with answer cues (quiz.Cues.Problems): keys crowded at one position,
// too often the longest option, or much longer than the wrong ones. For the bundled
// lesson it also checks that lesson.json was compiled from these sources
// (quiz.CheckFolder).
func check(w io.Writer, args []string) error {
	dir := "questions"
	var fsys fs.FS = questions.Sources
	compiled := questions.CompiledIn
	if len(args) > 0 {
		dir = filepath.Clean(args[0])
		fsys = os.DirFS(dir)
		compiled = nil
	}
	l, trs, err := quiz.CheckFolder(fsys, dir, compiled)
	if l != nil {
		fmt.Fprintf(w, "%s/: %d facts, %d sections, %d questions: no problems\n", dir, len(l.Facts), len(l.Sections), len(l.Questions))
	}
	for _, t := range trs {
		fmt.Fprintf(w, "%s/: every entry translated, same structure as the English: no problems\n", t.Dir)
		quiz.WriteStale(w, t)
	}
	return err
}

// stamp records in a translation's stamps file that the entries named
// (or, with none named, every entry never stamped) were translated from
// the English as it is now (quiz.StampFolder).
func stamp(w io.Writer, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: stamp LANG [ID …] (LANG one of %s)", strings.Join(quiz.Translations, ", "))
	}
	file, err := quiz.StampFolder("questions", args[0], args[1:])
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s: written\n", file)
	return nil
}

// compile validates the lesson folder and writes its lesson.json and each
// translation's, which the browser app embeds (quiz.CompileFolder). A file
// is only rewritten when it changes.
func compile(w io.Writer, args []string) error {
	dir := "questions"
	if len(args) > 0 {
		dir = filepath.Clean(args[0])
	}
	files, err := quiz.CompileFolder(dir)
	for _, f := range files {
		fmt.Fprintln(w, f)
	}
	return err
}

// report prints the bundled lesson's coverage table, its answer cues and
// the reading grade of each part.
func report(w io.Writer) error {
	l, err := quiz.Load(questions.Sources, "questions")
	if err != nil {
		return err
	}
	if err := quiz.WriteReport(w, l); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if err := quiz.WriteCueReport(w, l); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if err := quiz.WriteReadingReport(w, l); err != nil {
		return err
	}
	trs, err := quiz.LoadTranslations(l, questions.Sources, "questions")
	if err != nil {
		return err
	}
	for _, t := range trs {
		// The reading grade is an English formula: it is not given for
		// a translation.
		fmt.Fprintf(w, "\n== Translation %s/ ==\n\n", t.Dir)
		if err := quiz.WriteCueReport(w, t.Lesson); err != nil {
			return err
		}
		fmt.Fprintln(w)
		if len(t.Stale) == 0 {
			fmt.Fprintln(w, "Every entry is translated from the English as it is now.")
		}
		quiz.WriteStale(w, t)
	}
	return nil
}

// exportBank writes the question bank in the formats other quiz tools
// import, English in -out and each translation in a folder of its own
// (export.WriteLanguages), and says what it wrote.
func exportBank(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("out", "build/export", "folder to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	l, err := quiz.Load(questions.Sources, "questions")
	if err != nil {
		return err
	}
	trs, err := quiz.LoadTranslations(l, questions.Sources, "questions")
	if err != nil {
		return err
	}
	written, err := export.WriteLanguages(*out, l, trs)
	for _, w := range written {
		fmt.Printf("wrote %s\n", w)
	}
	return err
}

// loadForServing checks the lesson and loads what the server publishes
// (server.LoadConfig).
func loadForServing(wasmPath string) (server.Config, error) {
	if err := check(io.Discard, nil); err != nil {
		return server.Config{}, fmt.Errorf("%v\nrefusing to publish a lesson with problems", err)
	}
	cfg, err := server.LoadConfig(wasmPath)
	if err != nil {
		return server.Config{}, err
	}
	if cfg.WasmBrotli == nil && cfg.WasmGzip == nil {
		fmt.Fprintf(os.Stderr, "no compressed copy of %s matches it: serving it uncompressed (make wasm writes them)\n", wasmPath)
	}
	return cfg, nil
}

func static(args []string) error {
	fs := flag.NewFlagSet("static", flag.ContinueOnError)
	out := fs.String("out", "build/static", "folder to write")
	base := fs.String("base", "/", "base path the site is served under, e.g. /beyond-budapest/")
	site := fs.String("site", "", "the site's public origin, e.g. https://user.github.io: pages then carry absolute og:url and og:image")
	wasmPath := fs.String("wasm", "build/web/app.wasm", "compiled browser app")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := loadForServing(*wasmPath)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(*out); err != nil {
		return err
	}
	cfg.SiteOrigin = *site
	if err := server.Static(*out, *base, cfg); err != nil {
		return err
	}
	fmt.Printf("static site written to %s/ (base path %s), with _headers (Netlify, Cloudflare Pages) and .htaccess (Apache)\n", *out, *base)
	return nil
}

// scormPackages writes one SCORM 1.2 and one SCORM 2004 package of the
// app. -quiz takes the embed settings (questions, sections, count, pass…).
func scormPackages(args []string) error {
	fs := flag.NewFlagSet("scorm", flag.ContinueOnError)
	out := fs.String("out", "build/scorm", "folder to write the zips to")
	settings := fs.String("quiz", "pass=70", "quiz settings, as in an embed link (see /teachers)")
	wasmPath := fs.String("wasm", "build/web/app.wasm", "compiled browser app")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := loadForServing(*wasmPath)
	if err != nil {
		return err
	}
	packages, err := server.SCORMPackagesFor(*settings, cfg.Lesson)
	if err != nil {
		return fmt.Errorf("scorm: -quiz %q: %w", *settings, err)
	}
	zips, err := server.WriteSCORMPackages(*out, packages, cfg)
	if err != nil {
		return err
	}
	for _, z := range zips {
		fmt.Printf("wrote %s (SCORM %s, %d bytes)\n", z.Path, z.Version, z.Size)
	}
	return nil
}

func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	wasmPath := fs.String("wasm", "build/web/app.wasm", "compiled browser app")
	embedders := fs.String("frame-ancestors", "", "space-separated origins allowed to embed the app, e.g. \"https://moodle.example.edu\"; empty lets any site embed /embed")
	scormSite := fs.String("scorm", "", "the SCORM site written by `app scorm` (build/scorm/site): offer packages at /scorm/")
	site := fs.String("site", "", "the site's public origin, e.g. https://example.org: pages then carry absolute og:url and og:image")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := loadForServing(*wasmPath)
	if err != nil {
		return err
	}
	cfg.FrameAncestors = strings.Fields(*embedders)
	cfg.SiteOrigin = *site
	if *scormSite != "" {
		// Packages must carry the app being served, not an older build.
		site := os.DirFS(*scormSite)
		b, err := server.RelocatableWasm(site)
		if err != nil || !bytes.Equal(b, cfg.Wasm) {
			return fmt.Errorf("%s does not hold this build of the app (run make scorm)", *scormSite)
		}
		cfg.ScormSite = site
	}
	h, err := server.New(cfg)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Printf("Beyond Budapest is being served on http://%s/\n", ln.Addr())
	return server.Serve(ctx, ln, h)
}
