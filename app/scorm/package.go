//go:build !wasm

package scorm

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
)

// Launch is the file an LMS opens, at the package root.
const Launch = "index_lms.html"

// Package describes one SCORM package of the app.
type Package struct {
	Version report.SCORMVersion
	Title   string
	// Parameters is the launch query (the embed settings: sections=eu&count=10),
	// which the LMS appends to Launch; empty for the whole quiz.
	Parameters string
	// PassMark, 1–100, is handed to the LMS as the mastery score; 0 leaves
	// the quiz without pass or fail.
	PassMark int
}

// ForSettings is the edition v package of the quiz that settings (as in
// an embed link: pass=80&sections=eu) describe. A setting the app would
// ignore is an error, since nobody would see the notice until a student
// opens the package.
func ForSettings(v report.SCORMVersion, settings string, l *quiz.Lesson) (Package, error) {
	settings = strings.TrimPrefix(settings, "?")
	o, notices := quiz.ParseOptions(settings, l)
	if len(notices) > 0 {
		return Package{}, fmt.Errorf("these settings cannot be used: %s", strings.Join(notices, " "))
	}
	return Package{Version: v, Title: "Beyond Budapest", Parameters: settings, PassMark: o.PassMark}, nil
}

// Write zips site (the relocatable app, server.Relocatable) with the
// manifest into w. The launch page gets a meta tag naming the edition, so
// assets/lms.js asks for the matching API when an LMS offers both.
func (p Package) Write(w io.Writer, site fs.FS) error {
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
	if i := sort.SearchStrings(files, Launch); i == len(files) || files[i] != Launch {
		return fmt.Errorf("scorm: the site has no %s", Launch)
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
		if name == Launch {
			meta := []byte(`<head><meta name="scorm-edition" content="` + string(p.Version) + `">`)
			if !bytes.Contains(b, []byte("<head>")) {
				return fmt.Errorf("scorm: %s has no <head>", Launch)
			}
			b = bytes.Replace(b, []byte("<head>"), meta, 1)
		}
		if err := add(name, b); err != nil {
			return err
		}
	}
	return z.Close()
}

// manifestRoots opens each edition's manifest, with the namespaces the ADL
// schemas expect. They name no xsi:schemaLocation: a manifest that names
// schema files must ship them (ADL's test suite looks for them in the
// package), and an LMS validates against its own copies; leaving them out
// keeps the upload smaller.
var manifestRoots = map[report.SCORMVersion]string{
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
func (p Package) Manifest(files []string) []byte {
	var b strings.Builder
	title := esc(p.Title)
	params := ""
	if p.Parameters != "" {
		params = ` parameters="?` + esc(strings.TrimPrefix(p.Parameters, "?")) + `"`
	}
	schemaVersion, scormType := "1.2", "adlcp:scormtype"
	if p.Version == report.SCORM2004 {
		schemaVersion, scormType = "2004 4th Edition", "adlcp:scormType"
	}
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(manifestRoots[p.Version])
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
    <resource identifier="app" type="webcontent" ` + scormType + `="sco" href="` + Launch + `">
`)
	for _, f := range files {
		b.WriteString(`      <file href="` + esc(f) + `"/>` + "\n")
	}
	b.WriteString(`    </resource>
  </resources>
</manifest>
`)
	return []byte(b.String())
}

// esc escapes text for XML content and attribute values.
var esc = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace
