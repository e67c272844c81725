// Package assets embeds the stylesheet and icons that the server publishes
// under /web/. Only the server imports it: the wasm never needs these bytes.
package assets

import "embed"

// Files holds every published asset.
//
//go:embed *.css *.js *.png *.svg
var Files embed.FS
