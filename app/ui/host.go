package ui

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"

	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
