package quiz

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// These are plain functions, not Lesson methods, on purpose: the browser
// app decodes a Lesson with reflection, which makes the linker keep every
// exported method of the type, and these (with text/tabwriter) are for the
// tools only.

// Coverage maps each fact id to the questions that cite it, in lesson order.
func Coverage(l *Lesson) map[string][]string {
	cov := map[string][]string{}
	for _, f := range l.Facts {
		cov[f.ID] = nil
	}
	for _, q := range l.Questions {
		for _, f := range q.Facts {
			cov[f] = append(cov[f], q.ID)
		}
	}
	return cov
}

// Untested returns the source facts (F…) that no question cites. Every
// fact from the report matters to the "why", so the lesson's tests require
// this to be empty; background facts (B…) may go untested.
func Untested(l *Lesson) []string {
	var out []string
	cov := Coverage(l)
	for _, f := range l.Facts {
		if !f.Background && len(cov[f.ID]) == 0 {
			out = append(out, f.ID)
		}
	}
	return out
}

// WriteReport prints the coverage table (fact → questions) and totals by
// kind, section and level, for `make content-report`.
func WriteReport(w io.Writer, l *Lesson) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	cov := Coverage(l)
	fmt.Fprintln(tw, "FACT\tQUESTIONS\tCITED BY")
	for _, f := range l.Facts {
		ids := cov[f.ID]
		by := strings.Join(ids, ", ")
		if len(ids) == 0 {
			by = "(none)"
			if !f.Background {
				by = "(none: NOT TESTED)"
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\n", f.ID, len(ids), by)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	tested, source := 0, 0
	for _, f := range l.Facts {
		if !f.Background {
			source++
			if len(cov[f.ID]) > 0 {
				tested++
			}
		}
	}
	fmt.Fprintf(w, "\n%d questions; %d of %d source facts tested; %d background facts.\n",
		len(l.Questions), tested, source, len(l.Facts)-source)
	count := func(title string, key func(q Question) string) {
		n := map[string]int{}
		for _, q := range l.Questions {
			n[key(q)]++
		}
		var keys []string
		for k := range n {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s %d", k, n[k]))
		}
		fmt.Fprintf(w, "%s: %s\n", title, strings.Join(parts, ", "))
	}
	count("By kind", func(q Question) string { return string(q.Kind) })
	count("By section", func(q Question) string { return q.Section })
	count("By level", func(q Question) string {
		if q.Level == "" {
			return "(none)"
		}
		return q.Level
	})
	return nil
}
