package ui

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"strings"

	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// hostOrigins reads the origins a teacher allowed to receive results
// (origins=https://lms.example.edu in the embed link). Only these ever get
// a statement: postMessage is called with each as its targetOrigin, so the
// browser drops the message unless the embedding page is that origin.
func hostOrigins(query string) (origins []string, ignored []string) {
	values, _ := url.ParseQuery(query)
	for _, o := range strings.FieldsFunc(values.Get("origins"), func(r rune) bool { return r == ',' || r == ' ' }) {
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.Path != "" || u.RawQuery != "" {
			ignored = append(ignored, o)
			continue
		}
		origins = append(origins, u.Scheme+"://"+u.Host)
	}
	return origins, ignored
}

// withoutOrigins removes the origins setting, which is about where results
// go, not about the quiz itself.
func withoutOrigins(query string) string {
	values, err := url.ParseQuery(query)
	if err != nil || values.Get("origins") == "" {
		return query
	}
	values.Del("origins")
	return values.Encode()
}

// actor returns this device's pseudonymous xAPI actor, creating its id
// once (actorKey).
func actor(ctx app.Context) report.Actor {
	return report.Actor{ObjectType: "Agent", Account: report.Account{HomePage: appOrigin(), Name: actorID(ctx)}}
}

// newUUID returns a random (version 4) UUID.
func newUUID() string {
	b := make([]byte, 16)
	rand.Read(b)
	b[6] = b[6]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	h := hex.EncodeToString(b)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func appOrigin() string {
	if app.IsServer {
		return "https://example.invalid"
	}
	return app.Window().Get("location").Get("origin").String()
}

// postStatements sends xAPI statements to the embedding page, once for each
// allowed origin, as {type: "beyond-budapest:xapi", statement: …}.
func postStatements(origins []string, statements ...report.Statement) {
	if !app.IsClient || len(origins) == 0 {
		return
	}
	win := app.Window()
	parent := win.Get("parent")
	if !parent.Truthy() || parent.Equal(win.JSValue()) {
		return
	}
	for _, st := range statements {
		b, err := json.Marshal(map[string]any{"type": "beyond-budapest:xapi", "statement": st})
		if err != nil {
			continue
		}
		msg := win.Get("JSON").Call("parse", string(b))
		for _, o := range origins {
			parent.Call("postMessage", msg, o)
		}
	}
}
