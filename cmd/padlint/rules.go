package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/agnivade/levenshtein"
	"github.com/padlint/padlint/rules"
	"github.com/spf13/cobra"
)

func newRulesCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "rules [RULE]",
		Short: "List the rules, or explain one",
		Long: `List the rules padlint checks, with the severity each has under the current
settings, or explain one rule: what it asks for, and why.`,
		Example: `  padlint rules
  padlint rules description-too-long
  padlint rules --lang fr`,
		Args: cobra.MaximumNArgs(1),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return ruleIDs(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			if len(args) == 1 {
				return a.explainRule(cfg, args[0])
			}
			return a.listRules(cfg)
		},
	}
}

func (a *app) listRules(cfg *rules.Config) error {
	w := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	for _, r := range rules.All {
		fmt.Fprintf(w, "%s\t%s\t%s\n", r.ID, cfg.Severity(r), firstSentence(r.About.In(cfg.Lang)))
	}
	return w.Flush()
}

func (a *app) explainRule(cfg *rules.Config, id string) error {
	r, ok := rules.Lookup(id)
	if !ok {
		return fmt.Errorf("no rule is called %q; did you mean %s? (padlint rules lists them)", id, closest(id, ruleIDs()))
	}
	fmt.Fprintf(a.stdout, "%s (%s)\n\n%s\n", r.ID, cfg.Severity(r), r.About.In(cfg.Lang))
	return nil
}

func ruleIDs() []string {
	ids := make([]string, len(rules.All))
	for i, r := range rules.All {
		ids[i] = r.ID
	}
	return ids
}

func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

func closest(s string, among []string) string {
	best, dist := "", -1
	for _, c := range among {
		if d := levenshtein.ComputeDistance(s, c); dist < 0 || d < dist {
			best, dist = c, d
		}
	}
	return best
}
