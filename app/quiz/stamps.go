package quiz

import (
	"fmt"
	"strings"
)

// StampsFile is the file of a translation folder that records, for each
// translated unit, a hash of the English it was made from.
const StampsFile = "stamps.txt"

// Stamps records, for each translated unit ("question ratified-by"),
// the hash of the English it was translated from.
type Stamps map[string]string

// ParseStamps reads a stamps file: one "kind id hash" line per unit.
func ParseStamps(file, src string) (Stamps, error) {
	var ps Problems
	s := Stamps{}
	for _, ln := range lines(src) {
		if ln.text == "" {
			continue
		}
		f := strings.Fields(ln.text)
		if len(f) != 3 || kindFiles[f[0]] == "" {
			ps.add(file, ln.n, `want "kind id hash", e.g. "question ratified-by 3f2a9c1b7d", got %q`, ln.text)
			continue
		}
		s[f[0]+" "+f[1]] = f[2]
	}
	if len(ps) > 0 {
		return nil, ps
	}
	return s, nil
}

// Stale lists the entries of en whose English changed since they were
// translated (or that were never stamped), as "kind id".
func (s Stamps) Stale(en *Lesson) []string {
	var out []string
	for _, e := range units(en) {
		if s[e.kind+" "+e.id] != e.hash {
			out = append(out, e.kind+" "+e.id)
		}
	}
	return out
}

// Stamp records the English wording of the entries named in ids ("kind
// id", or just the id) as translated, or of every unit not yet stamped
// when ids is empty, and returns the stamps file's new text.
func (s Stamps) Stamp(en *Lesson, ids []string) (string, error) {
	named := map[string]bool{}
	for _, id := range ids {
		named[id] = true
	}
	found := map[string]bool{}
	var b strings.Builder
	b.WriteString("// Which English wording each translated entry was made from: kind, id and a\n")
	b.WriteString("// hash of the English. Written by `make translation-stamp`; see questions/README.md.\n")
	for _, e := range units(en) {
		key := e.kind + " " + e.id
		h, ok := s[key]
		if (len(ids) == 0 && !ok) || named[key] || named[e.id] {
			h = e.hash
			found[key], found[e.id] = true, true
		}
		if h != "" {
			fmt.Fprintf(&b, "%s %s\n", key, h)
		}
	}
	for _, id := range ids {
		if !found[id] {
			return "", fmt.Errorf("no entry %q in the English lesson", id)
		}
	}
	return b.String(), nil
}
