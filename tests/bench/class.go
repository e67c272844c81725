package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/tests/classfiles"

	"github.com/chromedp/chromedp"
)

// classFiles is how many result files the class page is timed with.
const classFiles = 500

// classTiming loads 500 result files (half JSON, half CSV, made by the
// results page's own code) on /class in Chromium, unthrottled, runs times.
// wall is from the file input's change event to the analysis on screen, in
// the page's clock; inGo is the page's own figure for reading the files and
// analysing them (the data-ms of #class-status).
func classTiming(appURL string, l *quiz.Lesson, runs int) (wall, inGo []float64, err error) {
	dir, err := os.MkdirTemp("", "bb-bench-class-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	files, err := classfiles.Generate(l, classFiles, 1)
	if err != nil {
		return nil, nil, err
	}
	var paths []string
	for _, f := range files {
		p := filepath.Join(dir, f.Name)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return nil, nil, err
		}
		paths = append(paths, p)
	}
	ctx, cleanup, err := newBrowser()
	if err != nil {
		return nil, nil, err
	}
	defer cleanup()
	if err := throttle(ctx, conditions[0]); err != nil {
		return nil, nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(appURL+"/class"), chromedp.WaitReady(chromedp.CSS("#app-ready"))); err != nil {
		return nil, nil, err
	}
	done := fmt.Sprintf(`document.querySelector('#class-summary[data-students="%d"]')`, classFiles)
	for i := 0; i < runs; i++ {
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`
			window.__cls = {};
			document.addEventListener("change", () => { window.__cls.start = performance.now(); }, {capture: true, once: true});
			new MutationObserver((_, obs) => {
				if (`+done+`) { window.__cls.end = performance.now(); obs.disconnect(); }
			}).observe(document.body, {childList: true, subtree: true, attributes: true});`),
			chromedp.SetUploadFiles(chromedp.ID("class-files"), paths)); err != nil {
			return nil, nil, err
		}
		deadline := time.Now().Add(2 * time.Minute)
		for {
			end, _ := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.__cls.end - window.__cls.start || 0`))
			if end > 0 {
				wall = append(wall, end)
				break
			}
			if time.Now().After(deadline) {
				return nil, nil, fmt.Errorf("the class page did not show %d students within 2 minutes", classFiles)
			}
			time.Sleep(50 * time.Millisecond)
		}
		ms, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[+document.getElementById("class-status").dataset.ms, +document.getElementById("class-status").dataset.readMs]`))
		if err != nil {
			return nil, nil, err
		}
		inGo = append(inGo, ms[0])
		fmt.Fprintf(os.Stderr, "class page run %d: %d files on screen in %.0f ms (read and analysed in %.0f ms, of which the browser reading the files %.0f ms)\n", i+1, classFiles, wall[i], ms[0], ms[1])
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("clear-class"))); err != nil {
			return nil, nil, err
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!document.getElementById("class-summary")`)); err != nil {
			return nil, nil, err
		}
	}
	return wall, inGo, nil
}
