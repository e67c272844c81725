package server

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"

	"beyondbudapest/app/ui"
)

var (
	metaTag  = regexp.MustCompile(`<meta [^>]*>`)
	metaAttr = regexp.MustCompile(`([a-z:-]+)="([^"]*)"`)
)

// fixHead corrects the <meta> tags go-app writes into every page's head
// (pkg/app/http.go:651-686, go-app v10.1.11): an author tag even when
// there is no author, and og:url and og:image made absolute with
// "https://" + Handler.Domain, which gives "https://" alone for an image
// that is not set and ignores the base path. The author tag goes when
// empty; og:url and og:image are written from origin (the site's public
// address, https://example.org) and prefix (the base path), or left out
// when the origin is not known: a wrong absolute address is worse than
// none.
//
// path is the page's address without the base path ("/uk/learn"). The
// description and the loader's label are written in the page's language,
// and the head links to the page in every language (alternates).
func fixHead(page []byte, path, origin, prefix string) []byte {
	code, own := ui.SplitLang(path)
	page = alternates(page, own, origin, prefix)
	if code != ui.English {
		// The loader's label, as go-app prerenders it (pkg/app/http.go:629).
		label := func(code string) []byte {
			return []byte(">" + html.EscapeString(strings.ReplaceAll(ui.LoadingLabelIn(code), "{progress}", "0")) + "</p>")
		}
		page = bytes.Replace(page, label(ui.English), label(code), 1)
		// The page's language's manifest (manifestIn), at go-app's link
		// (pkg/app/http.go:742) before prefixLinks adds the base path.
		for _, at := range []string{prefix, ""} {
			page = bytes.Replace(page, []byte(`href="`+at+`/manifest.webmanifest"`), []byte(`href="`+at+ui.LangPath(code, "/manifest.webmanifest")+`"`), 1)
		}
	}
	return metaTag.ReplaceAllFunc(page, func(tag []byte) []byte {
		attrs := map[string]string{}
		for _, m := range metaAttr.FindAllSubmatch(tag, -1) {
			attrs[string(m[1])] = string(m[2])
		}
		switch {
		case attrs["name"] == "author" && strings.TrimSpace(attrs["content"]) == "":
			return nil
		case attrs["property"] == "og:url":
			if origin == "" {
				return nil
			}
			// Without a Domain go-app writes "https://" + the page's path.
			// It trims the trailing slash, also the root's.
			path := strings.TrimPrefix(attrs["content"], "https://")
			if path == prefix {
				path += "/"
			}
			return []byte(`<meta property="og:url" content="` + origin + path + `">`)
		case attrs["name"] == "description" || attrs["property"] == "og:description":
			return bytes.Replace(tag, []byte(`content="`+attrs["content"]+`"`), []byte(`content="`+html.EscapeString(ui.DescriptionIn(code))+`"`), 1)
		case attrs["property"] == "og:image":
			if origin == "" {
				return nil
			}
			return []byte(`<meta property="og:image" content="` + origin + prefix + `/web/icon-512.png">`)
		}
		return tag
	})
}

// charsetTag opens every head go-app writes (pkg/app/http.go:651,
// go-app v10.1.11).
const charsetTag = `<meta charset="UTF-8">`

// alternates links a page of the route table to itself in every language
// (<link rel="alternate" hreflang>), English also as x-default, so that
// search engines show each reader their language. assets/boot.js follows
// the same links to open the language the learner chose, which is why
// they come first in the head, before it. Other pages (the LMS launch
// page) are left alone.
func alternates(page []byte, own, origin, prefix string) []byte {
	known := false
	for _, p := range ui.Pages {
		known = known || p.Path == own
	}
	if !known || !bytes.Contains(page, []byte(charsetTag)) {
		return page
	}
	var links strings.Builder
	link := func(hreflang, code string) {
		links.WriteString("\n    " + `<link rel="alternate" hreflang="` + hreflang + `" href="` + origin + prefix + ui.LangPath(code, own) + `">`)
	}
	for _, l := range ui.Languages {
		link(l.Code, l.Code)
	}
	link("x-default", ui.English)
	return bytes.Replace(page, []byte(charsetTag), []byte(charsetTag+links.String()), 1)
}

// checkOrigin accepts "" (not known) or an origin such as
// https://example.org, with no path, and returns it without a trailing
// slash.
func checkOrigin(origin string) (string, error) {
	origin = strings.TrimSuffix(origin, "/")
	if origin != "" && !validOrigin(origin) {
		return "", fmt.Errorf("server: the site's address %q is not an origin like https://example.org (the base path is given apart)", origin)
	}
	return origin, nil
}

// isHTML reports whether a Content-Type is HTML.
func isHTML(contentType string) bool {
	return bytes.HasPrefix([]byte(strings.ToLower(contentType)), []byte("text/html"))
}

// rootLink is an href to a path on the site's own root.
var rootLink = regexp.MustCompile(`href="(/[^/"][^"]*|/)"`)

// prefixLinks puts prefix before the links go-app did not resolve: markup
// that the UI renders itself (app.Raw, as ui.glued does for a glossary
// term and its punctuation) reaches the page as written, "/terms#treaty",
// which under a base path or in a SCORM package leads off the site.
func prefixLinks(page []byte, prefix string) []byte {
	if prefix == "" {
		return page
	}
	return rootLink.ReplaceAllFunc(page, func(attr []byte) []byte {
		path := string(attr[len(`href="`) : len(attr)-1])
		if path == prefix || strings.HasPrefix(path, prefix+"/") {
			return attr
		}
		return []byte(`href="` + prefix + path + `"`)
	})
}
