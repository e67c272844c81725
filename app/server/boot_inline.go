package server

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"

	"beyondbudapest/assets"
)

// bootScript is assets/boot.js written into every page's head rather than
// linked: it has to run before the body is parsed (it enables the first
// question as soon as it is, and sets the learner's display preferences
// before the first paint), so as a file it held the parser up for a
// request of its own. make bench, cold slow 4G: the lesson text came about
// 180 ms sooner without that request.
var bootScript, bootHash = func() (string, string) {
	b, err := assets.Files.ReadFile("boot.js")
	if err != nil || strings.Contains(strings.ToLower(string(b)), "</script") {
		panic(fmt.Sprintf("server: assets/boot.js cannot be written into a page: %v", err))
	}
	sum := sha256.Sum256(b)
	return "<script>" + string(b) + "</script>", "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}()
