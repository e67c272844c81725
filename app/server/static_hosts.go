package server

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// hostFiles writes what static hosts read beside the site, so that they
// serve app.wasm as application/wasm, compressed, and revalidate it:
// _headers (Netlify, Cloudflare Pages) and .htaccess (Apache). GitHub Pages
// reads neither and needs nothing; nginx reads no file from the site (README,
// "Hosting on a static host", gives its settings). prefix is the base path
// ("" at the root). The loader no longer needs the right type
// (wasm_loader.go), but the type still lets the browser compile app.wasm
// while it downloads, and compression cuts 8.7 MB to 1.7-2.3 MB.
func hostFiles(dir, prefix string) error {
	headers := strings.Join([]string{
		"# Netlify and Cloudflare Pages read this file (written by make static).",
		prefix + "/web/app.wasm",
		"  Content-Type: application/wasm",
		"  Cache-Control: no-cache",
		prefix + "/app.js",
		"  Cache-Control: no-cache",
		prefix + "/app-worker.js",
		"  Cache-Control: no-cache",
		"",
	}, "\n")
	htaccess := strings.Join([]string{
		"# Apache reads this file (written by make static); it needs",
		"# AllowOverride FileInfo, and mod_rewrite, mod_headers, mod_deflate.",
		"AddType application/wasm .wasm",
		"AddType application/manifest+json .webmanifest",
		"",
		"# app.wasm compressed ahead of time: app.wasm.br or app.wasm.gz",
		"# when the browser accepts it.",
		"<IfModule mod_rewrite.c>",
		"  RewriteEngine On",
		"  RewriteCond %{HTTP:Accept-Encoding} br",
		"  RewriteCond %{REQUEST_FILENAME}.br -f",
		`  RewriteRule ^(.*)\.wasm$ $1.wasm.br [L]`,
		"  RewriteCond %{HTTP:Accept-Encoding} gzip",
		"  RewriteCond %{REQUEST_FILENAME}.gz -f",
		`  RewriteRule ^(.*)\.wasm$ $1.wasm.gz [L]`,
		`  RewriteRule \.wasm\.(br|gz)$ - [E=no-gzip:1,E=no-brotli:1]`,
		"</IfModule>",
		`<FilesMatch "\.wasm\.br$">`,
		"  ForceType application/wasm",
		"  <IfModule mod_headers.c>",
		"    Header set Content-Encoding br",
		"    Header append Vary Accept-Encoding",
		"  </IfModule>",
		"</FilesMatch>",
		`<FilesMatch "\.wasm\.gz$">`,
		"  ForceType application/wasm",
		"  RemoveEncoding .gz",
		"  <IfModule mod_headers.c>",
		"    Header set Content-Encoding gzip",
		"    Header append Vary Accept-Encoding",
		"  </IfModule>",
		"</FilesMatch>",
		"",
		"# Pages, scripts, styles and the manifest: compressed on the fly.",
		"<IfModule mod_deflate.c>",
		"  AddOutputFilterByType DEFLATE text/html text/css text/javascript application/javascript application/json application/manifest+json image/svg+xml",
		"</IfModule>",
		"<IfModule mod_headers.c>",
		`  <FilesMatch "\.(html|js|wasm|webmanifest)$">`,
		"    Header set Cache-Control no-cache",
		"  </FilesMatch>",
		"</IfModule>",
		"",
	}, "\n")
	for name, body := range map[string]string{"_headers": headers, ".htaccess": htaccess} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			return fmt.Errorf("server: writing %s: %w", name, err)
		}
	}
	return nil
}
