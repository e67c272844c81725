package quiz

import "strings"

func parseFacts(file, src string, ps *Problems) []Fact {
	var facts []Fact
	seen := map[string]int{}
	var last *Fact
	for _, ln := range lines(src) {
		switch {
		case ln.text == "":
			last = nil
		case ln.indented && last != nil:
			last.Text = join(last.Text, ln.text)
		default:
			m := factLine.FindStringSubmatch(ln.text)
			if m == nil {
				ps.add(file, ln.n, `want a fact like "F1: what the source says" (or "B1: …" for background)`)
				last = nil
				continue
			}
			if first, dup := seen[m[1]]; dup {
				ps.add(file, ln.n, "fact %s is already defined at line %d", m[1], first)
				last = nil
				continue
			}
			seen[m[1]] = ln.n
			facts = append(facts, Fact{ID: m[1], Text: m[2], Background: m[1][0] == 'B'})
			last = &facts[len(facts)-1]
		}
	}
	for i, f := range facts {
		if strings.TrimSpace(f.Text) == "" {
			ps.add(file, seen[f.ID], "fact %s has no text", f.ID)
		}
		if len(f.Text) > maxText {
			ps.add(file, seen[f.ID], "fact %s is %d characters long, more than the %d allowed", f.ID, len(f.Text), maxText)
		}
		facts[i].Text = strings.TrimSpace(f.Text)
	}
	if len(facts) == 0 {
		ps.add(file, 0, "no facts found")
	}
	return facts
}

// entry is one "## id: Title" block of the explainer, the timeline, the
// glossary or the people file: header fields, then paragraphs.
type entry struct {
	id, title string
	line      int
	fields    map[string]string
	facts     []string
	body      []string
}

// parseEntries reads a file of "## id: Title" blocks. Right below the
// heading come "field: value" lines (only the given fields, plus "facts"),
// then a blank line, then paragraphs separated by blank lines, in which
// [F5] cites a fact. required fields must be present in every block.
func parseEntries(file, src, what string, fields, required []string, ps *Problems) ([]entry, []ref) {
	var (
		entries  []entry
		refs     []ref
		inHeader bool
		para     string
	)
	known := append([]string{"facts"}, fields...)
	seen := map[string]int{}
	flush := func() {
		if para != "" && len(entries) > 0 {
			e := &entries[len(entries)-1]
			e.body = append(e.body, para)
		}
		para = ""
	}
	for _, ln := range lines(src) {
		if strings.HasPrefix(ln.text, "## ") && !ln.indented {
			flush()
			head := strings.TrimSpace(strings.TrimPrefix(ln.text, "## "))
			id, title, ok := strings.Cut(head, ":")
			id, title = strings.TrimSpace(id), strings.TrimSpace(title)
			switch {
			case !ok || title == "":
				ps.add(file, ln.n, `want a %s heading like "## some-id: Title"`, what)
			case !idPattern.MatchString(id):
				ps.add(file, ln.n, "%s id %q must use only lowercase letters, digits and dashes", what, id)
			}
			if first, dup := seen[id]; dup {
				ps.add(file, ln.n, "%s id %q is already used at line %d", what, id, first)
			}
			seen[id] = ln.n
			entries = append(entries, entry{id: id, title: title, line: ln.n, fields: map[string]string{}})
			inHeader = true
			continue
		}
		if len(entries) == 0 {
			if ln.text != "" {
				ps.add(file, ln.n, `text before the first heading ("## id: Title")`)
			}
			continue
		}
		e := &entries[len(entries)-1]
		if inHeader {
			if ln.text == "" {
				inHeader = false
				continue
			}
			m := fieldLine.FindStringSubmatch(ln.text)
			if ln.indented || m == nil {
				ps.add(file, ln.n, "leave a blank line between the fields (%s) and the text", strings.Join(known, ", "))
				inHeader = false
			} else {
				key := strings.ToLower(m[1])
				switch {
				case !contains(known, key):
					ps.add(file, ln.n, "unknown field %q (known here: %s)", m[1], strings.Join(known, ", "))
				case key == "facts":
					e.facts = list(m[2])
					for _, id := range e.facts {
						refs = append(refs, ref{"fact", id, file, ln.n})
					}
				default:
					e.fields[key] = strings.TrimSpace(m[2])
				}
				continue
			}
		}
		if ln.text == "" {
			flush()
			continue
		}
		for _, seg := range Segments(ln.text) {
			if seg.Fact != "" {
				refs = append(refs, ref{"fact", seg.Fact, file, ln.n})
			}
		}
		para = join(para, ln.text)
	}
	flush()
	for _, e := range entries {
		if len(e.body) == 0 {
			ps.add(file, e.line, "%s %q has no text", what, e.id)
		}
		for _, p := range e.body {
			if len(p) > 2*maxText {
				ps.add(file, e.line, "%s %q has a paragraph of %d characters, more than the %d allowed", what, e.id, len(p), 2*maxText)
			}
		}
		for _, f := range required {
			if e.fields[f] == "" && !(f == "facts" && len(e.facts) > 0) {
				ps.add(file, e.line, "%s %q has no %s: line", what, e.id, f)
			}
		}
	}
	if len(entries) == 0 {
		ps.add(file, 0, "no %ss found", what)
	}
	return entries, refs
}

func parseExplainer(file, src string, ps *Problems) ([]Section, []ref) {
	entries, refs := parseEntries(file, src, "section", []string{"takeaway"}, []string{"takeaway"}, ps)
	var out []Section
	for _, e := range entries {
		out = append(out, Section{ID: e.id, Title: e.title, Takeaway: e.fields["takeaway"], Body: e.body, Facts: e.facts})
	}
	return out, refs
}

func parseTimeline(file, src string, ps *Problems) ([]Event, []ref) {
	entries, refs := parseEntries(file, src, "event", []string{"date"}, []string{"date", "facts"}, ps)
	var out []Event
	for _, e := range entries {
		out = append(out, Event{ID: e.id, Date: e.fields["date"], Title: e.title, Body: e.body, Facts: e.facts})
	}
	return out, refs
}

func parseGlossary(file, src string, ps *Problems) ([]Term, []ref) {
	entries, refs := parseEntries(file, src, "term", []string{"also"}, nil, ps)
	var out []Term
	for _, e := range entries {
		forms := []string{e.title}
		for _, f := range strings.Split(e.fields["also"], ",") {
			if f = strings.TrimSpace(f); f != "" {
				forms = append(forms, f)
			}
		}
		out = append(out, Term{ID: e.id, Term: e.title, Forms: forms, Body: e.body, Facts: e.facts})
	}
	return out, refs
}

func parseSummary(file, src string, ps *Problems) ([]Reason, []ref) {
	entries, refs := parseEntries(file, src, "reason", []string{"section"}, []string{"section"}, ps)
	var out []Reason
	for _, e := range entries {
		out = append(out, Reason{ID: e.id, Title: e.title, Section: e.fields["section"], Body: e.body})
		refs = append(refs, ref{"section", e.fields["section"], file, e.line})
	}
	return out, refs
}

func parsePeople(file, src string, ps *Problems) ([]Person, []ref) {
	entries, refs := parseEntries(file, src, "person", []string{"role"}, []string{"role", "facts"}, ps)
	var out []Person
	for _, e := range entries {
		out = append(out, Person{ID: e.id, Name: e.title, Role: e.fields["role"], Body: e.body, Facts: e.facts})
	}
	return out, refs
}
