package journey

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// tap touches the screen once at the centre of the element, as a finger
// does: touch, pointer and compatibility mouse events, then click.
func tap(t *testing.T, ctx context.Context, css string) {
	t.Helper()
	do(t, ctx, "scroll "+css+" into view", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(%q).scrollIntoView({block: "center"})`, css)))
	xy := eval[[]float64](t, ctx, fmt.Sprintf(`(() => { const b = document.querySelector(%q).getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2]; })()`, css))
	// Input.dispatchTouchEvent, not synthesizeTapGesture: in headless
	// Chromium 156 the synthesized gesture fires touch and pointer events
	// but no mouse events and no click.
	if _, err := chromedp.Call(ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: xy[0], Y: xy[1]}}}); err != nil {
		t.Fatalf("touching %s: %v", css, err)
	}
	time.Sleep(50 * time.Millisecond)
	if _, err := chromedp.Call(ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}}); err != nil {
		t.Fatalf("lifting the finger from %s: %v", css, err)
	}
}

// TestGlossaryTipsOpenWithOneTapAndFitTheScreen: on a 360 px phone, at
// 100 % and at 200 % text, every glossary term on /learn opens its tip
// with one tap, the tip is wholly on screen, and Escape closes it; a tap
// elsewhere closes one too, and a second tap on the term.
func TestGlossaryTipsOpenWithOneTapAndFitTheScreen(t *testing.T) {
	srv, _ := startApp(t)
	ctx := newBrowser(t, 360, 740)
	for _, size := range []string{"100", "200"} {
		openApp(t, ctx, srv.URL+"/learn")
		do(t, ctx, "text size "+size, chromedp.Evaluate[chromedp.Void](`document.documentElement.setAttribute("data-text-size", "`+size+`")`))
		ids := eval[[]string](t, ctx, `[...document.querySelectorAll("main .term-ref")].map(b => b.id)`)
		if len(ids) == 0 {
			t.Fatal("no glossary terms on /learn")
		}
		off := 0
		for i, id := range ids {
			tip := "#tip-" + id[len("term-"):]
			tap(t, ctx, "#"+id)
			time.Sleep(150 * time.Millisecond) // let a second, closing render happen if it would
			waitFor(t, ctx, "the tip after one tap", fmt.Sprintf(`!document.querySelector(%q).hidden`, tip))
			box := eval[[]float64](t, ctx, fmt.Sprintf(`(() => { const b = document.querySelector(%q).getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom, innerWidth, innerHeight]; })()`, tip))
			if box[0] < 0 || box[1] < 0 || box[2] > box[4] || box[3] > box[5] {
				off++
				t.Errorf("%s at %s%%: the tip runs off the screen: left %.0f top %.0f right %.0f bottom %.0f in %.0f×%.0f", id, size, box[0], box[1], box[2], box[3], box[4], box[5])
			}
			if i == 0 {
				viewShot(t, ctx, "phone-term-tip-"+size)
				tap(t, ctx, "#"+id)
				waitFor(t, ctx, "a second tap to close the tip", fmt.Sprintf(`document.querySelector(%q).hidden`, tip))
				tap(t, ctx, "#"+id)
				waitFor(t, ctx, "the tip again", fmt.Sprintf(`!document.querySelector(%q).hidden`, tip))
				tap(t, ctx, "main h1")
				waitFor(t, ctx, "a tap elsewhere to close the tip", fmt.Sprintf(`document.querySelector(%q).hidden`, tip))
				continue
			}
			press(t, ctx, kb.Escape)
			waitFor(t, ctx, "Escape to close the tip", fmt.Sprintf(`document.querySelector(%q).hidden`, tip))
			if off > 3 {
				t.Fatal("stopping: tips keep running off the screen")
			}
		}
	}
}
