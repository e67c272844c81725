package journey

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
)

// typedQuestion is a text question that the journeys' lesson puts first
// (its file sorts first and it sits in the first section), so the
// prerendered quiz opens on a typed answer.
const typedQuestion = `## typed-first
type: text
section: budapest
facts: F6
level: recall
prompt: In which city was the 1994 memorandum signed? Type the city.
answer: Budapest
explanation: It is named after the city where it was signed.
`

var (
	customOnce   sync.Once
	customWasm   []byte
	customLesson *quiz.Lesson
	customErr    error
)

// customConfig is appConfig for the app with the journeys' own lesson,
// built once per test run: the bundled files plus typedQuestion first and
// hostileQuestion, and a sentence of markup in the explainer. The lesson is
// compiled into app.wasm through a build overlay, as a teacher's edited
// files would be. For the length of the test, the server's pages render
// that lesson too, so the prerender and the app agree as they do in a real
// build.
func customConfig(t *testing.T) server.Config {
	t.Helper()
	registerOnce.Do(ui.Register)
	customOnce.Do(func() { customWasm, customLesson, customErr = buildCustomApp() })
	if customErr != nil {
		t.Fatal(customErr)
	}
	ui.UseLesson(customLesson)
	t.Cleanup(func() { ui.UseLesson(nil) })
	return server.Config{Wasm: customWasm, Lesson: customLesson}
}

func buildCustomApp() ([]byte, *quiz.Lesson, error) {
	dir, err := os.MkdirTemp("", "bb-journey-lesson-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	src := filepath.Join("..", "..", "questions")
	entries, err := os.ReadDir(src)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			return nil, nil, err
		}
		if e.Name() == "explainer.txt" {
			if !strings.Contains(string(b), "[F6]") {
				return nil, nil, fmt.Errorf("explainer.txt cites [F6] nowhere: the markup needs a new place")
			}
			b = []byte(strings.Replace(string(b), "[F6]", "[F6] "+hostileExplainer, 1))
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			return nil, nil, err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "aaa-journey.quiz.txt"), []byte(typedQuestion+"\n"+hostileQuestion), 0o644); err != nil {
		return nil, nil, err
	}
	l, err := quiz.Load(os.DirFS(dir), dir)
	if err != nil {
		return nil, nil, fmt.Errorf("the journeys' lesson should load (it is only text): %w", err)
	}
	compiled, err := quiz.Compile(l)
	if err != nil {
		return nil, nil, err
	}
	jsonPath := filepath.Join(dir, "lesson.json")
	if err := os.WriteFile(jsonPath, compiled, 0o644); err != nil {
		return nil, nil, err
	}
	real, err := filepath.Abs(filepath.Join(src, "lesson.json"))
	if err != nil {
		return nil, nil, err
	}
	overlay, _ := json.Marshal(map[string]map[string]string{"Replace": {real: jsonPath}})
	overlayPath := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(overlayPath, overlay, 0o644); err != nil {
		return nil, nil, err
	}
	wasmPath := filepath.Join(dir, "app.wasm")
	build := exec.Command("go", "build", "-overlay", overlayPath, "-trimpath", "-ldflags=-s -w", "-o", wasmPath, "beyondbudapest/app")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		return nil, nil, fmt.Errorf("building the journeys' app: %v\n%s", err, out)
	}
	wasm, err := os.ReadFile(wasmPath)
	return wasm, l, err
}
