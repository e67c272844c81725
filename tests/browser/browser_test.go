package browser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDirIsShortEnoughForChromiumsSocket protects the reason Dir exists:
// Chromium's profile-lock socket must fit inside the folder it is given,
// and a temp directory too long for it is refused with the fix instead of
// a Chromium that dies at start.
func TestDirIsShortEnoughForChromiumsSocket(t *testing.T) {
	// Not t.TempDir: its path, named after the test, is itself too long.
	base, err := os.MkdirTemp("", "bb-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	t.Setenv("TMPDIR", base)
	dir, err := Dir()
	if err != nil {
		t.Fatalf("Dir under %s: %v", base, err)
	}
	defer os.RemoveAll(dir)
	if filepath.Dir(dir) != base {
		t.Errorf("Dir made %s, want a folder in TMPDIR %s", dir, base)
	}
	if n := len(dir) + len(socketTail); n > maxSocketPath {
		t.Errorf("Dir made %s: Chromium's socket path would be %d bytes, over %d", dir, n, maxSocketPath)
	}

	long := filepath.Join(base, strings.Repeat("x", maxSocketPath))
	if err := os.Mkdir(long, 0o700); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TMPDIR", long)
	if dir, err := Dir(); err == nil {
		t.Errorf("Dir under a %d-byte TMPDIR made %s; want an error saying to set a shorter TMPDIR", len(long), dir)
	} else if !strings.Contains(err.Error(), "set TMPDIR to a shorter path") {
		t.Errorf("Dir's error %q does not say how to fix it", err)
	}
	if left, _ := os.ReadDir(long); len(left) != 0 {
		t.Errorf("Dir left %d entries behind in %s after refusing it", len(left), long)
	}
}
