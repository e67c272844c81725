package server

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
)

// SCORMPackage and the writers below make the packages an LMS uploads (make
// scorm, and /scorm/ in scorm.go); what the app records in the LMS once it
// runs is report's (app/report/scorm.go).

// SCORMLaunch is the file an LMS opens, at the package root: ui.LMSLaunch.
const SCORMLaunch = "index_lms.html"

// SCORMPackage describes one SCORM package of the app: what an LMS
// uploads, a zip of the relocatable site (Relocatable) with a manifest.
type SCORMPackage struct {
	Version report.SCORMVersion
	Title   string
	// Parameters is the launch query (the embed settings: sections=eu&count=10),
	// which the LMS appends to SCORMLaunch; empty for the whole quiz.
	Parameters string
	// PassMark, 1–100, is handed to the LMS as the mastery score; 0 leaves
	// the quiz without pass or fail.
	PassMark int
}

// SCORMPackageFor is the edition v package of the quiz that settings (as in
// an embed link: pass=80&sections=eu) describe. A setting the app would
// ignore is an error, since nobody would see the notice until a student
// opens the package.
func SCORMPackageFor(v report.SCORMVersion, settings string, l *quiz.Lesson) (SCORMPackage, error) {
	settings = strings.TrimPrefix(settings, "?")
	o, notices := quiz.ParseOptions(settings, l)
	if len(notices) > 0 {
		return SCORMPackage{}, fmt.Errorf("these settings cannot be used: %s", strings.Join(quiz.NoticeStrings(notices), " "))
	}
	s, _ := quiz.ParseSettings(settings)
	return SCORMPackage{Version: v, Title: scormTitles[s.Lang], Parameters: settings, PassMark: o.PassMark}, nil
}

// scormTitles name a package in the LMS (the course page, the gradebook)
// in its language (the lang setting, which the package's launch address
// carries for the app: ui.lmsPage), so that a course holding the quiz in
// two languages tells them apart. The app's name is the same in every
// language.
var scormTitles = map[string]string{
	"":   "Beyond Budapest",
	"en": "Beyond Budapest",
	"uk": "Beyond Budapest (українською)",
}

// SCORMPackagesFor is the package of each edition (report.SCORMVersions)
// for settings, as SCORMPackageFor.
func SCORMPackagesFor(settings string, l *quiz.Lesson) ([]SCORMPackage, error) {
	var out []SCORMPackage
	for _, v := range report.SCORMVersions {
		p, err := SCORMPackageFor(v, settings, l)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// SCORMZip is one package file WriteSCORMPackages wrote.
type SCORMZip struct {
	Path    string
	Version report.SCORMVersion
	Size    int // Bytes.
}

// WriteSCORMPackages writes packages into dir, each under its edition's
// file name (report.SCORMVersion.FileName), made from the relocatable app
// for cfg, which it writes to dir/site first. The site is kept next to
// the zips: `serve -scorm` makes packages with other settings from it.
func WriteSCORMPackages(dir string, packages []SCORMPackage, cfg Config) ([]SCORMZip, error) {
	site := filepath.Join(dir, "site")
	if err := os.RemoveAll(site); err != nil {
		return nil, err
	}
	if err := Relocatable(site, cfg); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var written []SCORMZip
	for _, p := range packages {
		name := filepath.Join(dir, p.Version.FileName())
		var buf bytes.Buffer
		if err := p.Write(&buf, os.DirFS(site)); err != nil {
			return written, err
		}
		if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
			return written, err
		}
		written = append(written, SCORMZip{Path: name, Version: p.Version, Size: buf.Len()})
	}
	return written, nil
}

// Write zips site (the relocatable app, Relocatable) with the
// manifest into w. The launch page gets a meta tag naming the edition, so
// assets/lms.js asks for the matching API when an LMS offers both.
func (p SCORMPackage) Write(w io.Writer, site fs.FS) error {
	if p.PassMark < 0 || p.PassMark > 100 {
		return fmt.Errorf("scorm: pass mark %d is not a percentage", p.PassMark)
	}
	var files []string
	if err := fs.WalkDir(site, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return err
	}); err != nil {
		return err
	}
	sort.Strings(files)
	if i := sort.SearchStrings(files, SCORMLaunch); i == len(files) || files[i] != SCORMLaunch {
		return fmt.Errorf("scorm: the site has no %s", SCORMLaunch)
	}
	z := zip.NewWriter(w)
	// A fixed time keeps the zip identical between builds of the same app.
	stamp := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	add := func(name string, b []byte) error {
		method := zip.Deflate
		if strings.HasSuffix(name, ".png") || strings.HasSuffix(name, ".gz") { // compressed already
			method = zip.Store
		}
		f, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: stamp})
		if err != nil {
			return err
		}
		_, err = f.Write(b)
		return err
	}
	if err := add("imsmanifest.xml", p.Manifest(files)); err != nil {
		return err
	}
	for _, name := range files {
		b, err := fs.ReadFile(site, name)
		if err != nil {
			return err
		}
		if name == SCORMLaunch {
			meta := []byte(`<head><meta name="scorm-edition" content="` + string(p.Version) + `">`)
			if !bytes.Contains(b, []byte("<head>")) {
				return fmt.Errorf("scorm: %s has no <head>", SCORMLaunch)
			}
			b = bytes.Replace(b, []byte("<head>"), meta, 1)
		}
		if err := add(name, b); err != nil {
			return err
		}
	}
	return z.Close()
}

// scormManifestRoots opens each edition's manifest, with the namespaces the ADL
// schemas expect. They name no xsi:schemaLocation: a manifest that names
// schema files must ship them (ADL's test suite looks for them in the
// package), and an LMS validates against its own copies; leaving them out
// keeps the upload smaller.
var scormManifestRoots = map[report.SCORMVersion]string{
	report.SCORM12: `<manifest identifier="beyond-budapest-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
`,
	report.SCORM2004: `<manifest identifier="beyond-budapest-scorm2004" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
`,
}

// Manifest is the package's imsmanifest.xml, listing files. Element order
// and attribute spelling follow the ADL schemas (which the tests validate
// against): adlcp:scormtype in 1.2, adlcp:scormType in 2004, both "sco".
func (p SCORMPackage) Manifest(files []string) []byte {
	var b strings.Builder
	title := xmlEscape(p.Title)
	params := ""
	if p.Parameters != "" {
		params = ` parameters="?` + xmlEscape(strings.TrimPrefix(p.Parameters, "?")) + `"`
	}
	schemaVersion, scormType := "1.2", "adlcp:scormtype"
	if p.Version == report.SCORM2004 {
		schemaVersion, scormType = "2004 4th Edition", "adlcp:scormType"
	}
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(scormManifestRoots[p.Version])
	b.WriteString(`  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>` + schemaVersion + `</schemaversion>
  </metadata>
  <organizations default="beyond-budapest">
    <organization identifier="beyond-budapest">
      <title>` + title + `</title>
      <item identifier="quiz" identifierref="app" isvisible="true"` + params + `>
        <title>` + title + `</title>
`)
	// The pass mark: the LMS hands it to the app as
	// cmi.student_data.mastery_score (1.2) or cmi.scaled_passing_score
	// (2004).
	switch {
	case p.Version == report.SCORM12 && p.PassMark > 0:
		b.WriteString(`        <adlcp:masteryscore>` + strconv.Itoa(p.PassMark) + "</adlcp:masteryscore>\n")
	case p.Version == report.SCORM2004:
		b.WriteString("        <imsss:sequencing>\n")
		if p.PassMark > 0 {
			b.WriteString(`          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass-mark" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>` + strconv.FormatFloat(float64(p.PassMark)/100, 'f', -1, 64) + `</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
`)
		}
		b.WriteString(`          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
`)
	}
	b.WriteString(`      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="app" type="webcontent" ` + scormType + `="sco" href="` + SCORMLaunch + `">
`)
	for _, f := range files {
		b.WriteString(`      <file href="` + xmlEscape(f) + `"/>` + "\n")
	}
	b.WriteString(`    </resource>
  </resources>
</manifest>
`)
	return []byte(b.String())
}

// xmlEscape escapes text for XML content and attribute values.
var xmlEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace
