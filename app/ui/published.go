package ui

// The UI's names that the server (app/server) publishes as well, kept in
// one file so that whoever changes one sees that it reaches past the
// pages. The server also reads the route table, Pages (routes.go), to
// prerender, precache and write every page.

// SiteTitle is the start page's title, and the handler's (app/server).
const SiteTitle = "Beyond Budapest: why Ukraine wants ratified guarantees"

// LMSLaunch is the page an LMS opens from a SCORM package (make scorm),
// under the file name the package's manifest gives. It is routed like any
// page, because the app routes by path and an LMS serves the package from
// a path of its own choosing. The server writes it only into SCORM
// packages (server.Relocatable), never into the static site.
const LMSLaunch = "/index_lms.html"

// CachePrefix starts the name of every cache this app's service worker
// makes (app/server's worker); the rest of the name is the release
// version. The update notice compares cache names against it.
const CachePrefix = "beyond-budapest-"
