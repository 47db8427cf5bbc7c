package main

import (
	"fmt"
	"slices"

	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/rules"
	"github.com/spf13/cobra"
)

func newTemplateCmd(a *app) *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "template",
		Short: "Print a header to paste at the top of a pad",
		Long: `Print the header of the convention, ready to paste at the top of a pad and
fill in: a title, a description of three lines, the next steps and hashtags.`,
		Example: `  padlint template --lang fr
  padlint template --all | xclip`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			fields := rules.Required
			if all {
				fields = append(slices.Clip(fields), pad.Context, pad.Participants)
			}
			fmt.Fprint(a.stdout, rules.Skeleton(cfg, cfg.Lang, fields))
			return nil
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "add the optional fields, Context and Participants")
	return cmd
}
