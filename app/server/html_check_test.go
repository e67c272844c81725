package server_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/server"
)

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
	cfg := testConfig(t, []byte("\x00asm"))
	cfg.SiteOrigin = "https://example.org"
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
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		line = strings.NewReplacer("file:"+site+"/", "", "file:"+pkg+"/", "scorm:").Replace(line)
		if line != "" {
			t.Errorf("Nu Html Checker: %s", line)
		}
	}
}
