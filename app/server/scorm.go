package server

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
)

// scormPath is where the server offers SCORM packages; the file name
// says the edition and the query the quiz settings, as in an embed link:
// /scorm/beyond-budapest-scorm12.zip?pass=80&sections=eu.
const scormPath = "/scorm/"

// scormPackages makes SCORM packages of the relocatable site (written by
// `app scorm`, make scorm) with the settings a teacher chose on /teachers.
// Only the manifest and the launch page differ between settings, but the
// zip is compressed whole, so recent ones are kept.
type scormPackages struct {
	site   fs.FS
	lesson *quiz.Lesson

	// mu also makes builds one at a time: each costs about 0.2 s of CPU,
	// and requests with ever new settings must not take every core.
	mu    sync.Mutex
	order []string
	cache map[string][]byte
}

const scormCacheSize = 8

func (s *scormPackages) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	file := strings.TrimPrefix(r.URL.Path, scormPath)
	i := slices.IndexFunc(report.SCORMVersions, func(v report.SCORMVersion) bool { return v.FileName() == file })
	if i < 0 {
		http.NotFound(w, r)
		return
	}
	if len(r.URL.RawQuery) > 2000 { // every question id listed fits in half of that
		http.Error(w, "These settings are too long.", http.StatusBadRequest)
		return
	}
	p, err := SCORMPackageFor(report.SCORMVersions[i], r.URL.RawQuery, s.lesson)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	b, err := s.build(p)
	if err != nil {
		http.Error(w, "the package could not be built", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/zip")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, file))
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(b))
}

func (s *scormPackages) build(p SCORMPackage) ([]byte, error) {
	key := string(p.Version) + "?" + p.Parameters
	s.mu.Lock()
	defer s.mu.Unlock()
	if b, ok := s.cache[key]; ok {
		return b, nil
	}
	var buf bytes.Buffer
	if err := p.Write(&buf, s.site); err != nil {
		return nil, err
	}
	if s.cache == nil {
		s.cache = map[string][]byte{}
	}
	if len(s.order) == scormCacheSize {
		delete(s.cache, s.order[0])
		s.order = s.order[1:]
	}
	s.order = append(s.order, key)
	s.cache[key] = buf.Bytes()
	return buf.Bytes(), nil
}
