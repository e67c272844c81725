package server_test

import (
	"encoding/json"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"beyondbudapest/app/server"
)

// meta returns the content of each <meta> tag with attribute key=value,
// whatever the order go-app wrote the attributes in.
func meta(page, key, value string) []string {
	var out []string
	for _, tag := range regexp.MustCompile(`<meta [^>]*>`).FindAllString(page, -1) {
		if !strings.Contains(tag, key+`="`+value+`"`) {
			continue
		}
		m := regexp.MustCompile(`content="([^"]*)"`).FindStringSubmatch(tag)
		if m == nil {
			out = append(out, "")
		} else {
			out = append(out, m[1])
		}
	}
	return out
}

// TestPageHeadsCarryNoEmptyOrBrokenTags: no empty author tag; og:url and
// og:image absolute when the site's address is known, and absent (never
// "https://") when it is not; the web manifest has an id; the embed's
// footer is a landmark.
func TestPageHeadsCarryNoEmptyOrBrokenTags(t *testing.T) {
	for _, origin := range []string{"", "https://example.org"} {
		cfg := testConfig(t, []byte("\x00asm"))
		cfg.SiteOrigin = origin
		h, err := server.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(h)
		defer srv.Close()
		tests := []struct{ path, url string }{
			{"/", origin + "/"},
			{"/learn", origin + "/learn"},
			{"/embed", origin + "/embed"},
		}
		for _, tt := range tests {
			_, page := get(t, srv.URL+tt.path)
			if authors := meta(page, "name", "author"); len(authors) > 0 {
				t.Errorf("%s: author tag %q", tt.path, authors)
			}
			urls, images := meta(page, "property", "og:url"), meta(page, "property", "og:image")
			switch origin {
			case "":
				if len(urls)+len(images) > 0 || strings.Contains(page, `"https://"`) {
					t.Errorf("%s with no known address: og:url %q, og:image %q, want neither", tt.path, urls, images)
				}
			default:
				if len(urls) != 1 || urls[0] != tt.url || len(images) != 1 || images[0] != origin+"/web/icon-512.png" {
					t.Errorf("%s at %s: og:url %q, og:image %q, want %s and %s/web/icon-512.png", tt.path, origin, urls, images, tt.url, origin)
				}
			}
		}
		_, embed := get(t, srv.URL+"/embed")
		footer := regexp.MustCompile(`(?s)<footer[^>]*>.*?</footer>`).FindString(embed)
		if !strings.Contains(footer, "Open the full app") {
			t.Errorf("the embed's link to the full app is not in a footer landmark: %q", footer)
		}
		_, body := get(t, srv.URL+"/manifest.webmanifest")
		var m map[string]any
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			t.Fatal(err)
		}
		if m["id"] == nil || m["id"] != m["start_url"] {
			t.Errorf("manifest id %v, want start_url %v", m["id"], m["start_url"])
		}
	}
	cfg := testConfig(t, []byte("\x00asm"))
	cfg.SiteOrigin = "https://example.org/path"
	if _, err := server.New(cfg); err == nil {
		t.Error("an address with a path was taken for an origin")
	}
}
