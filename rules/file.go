package rules

import "github.com/padlint/padlint/pad"

var welcomeText = &Rule{
	ID: "welcome-text", Severity: Warning,
	About: Text{
		EN: "The text the host puts in every new pad (“Welcome to Etherpad!”) says nothing about the workshop: delete it.",
		FR: "Le texte que l'hébergeur met dans chaque nouveau pad (« Bienvenue sur Framapad ! ») ne dit rien de l'atelier : supprimez-le.",
	},
	message: Text{
		EN: "the host's welcome text is still in the pad: delete it",
		FR: "le texte d'accueil de l'hébergeur est toujours dans le pad : supprimez-le",
	},
	check: func(c *checker) {
		if len(c.doc.Welcome) > 0 {
			c.report(pad.Pos{Line: c.doc.Welcome[0], Column: 1}, "")
		}
	},
}

var notUTF8 = &Rule{
	ID: "not-utf8", Severity: Warning,
	About: Text{
		EN: "Pads are shared as UTF-8 text. A file in another encoding is read as Windows-1252, which may garble some letters.",
		FR: "Les pads se partagent en texte UTF-8. Un fichier dans un autre codage est lu comme du Windows-1252, ce qui peut abîmer certaines lettres.",
	},
	message: Text{
		EN: "the file is not UTF-8 and was read as %s: save it as UTF-8",
		FR: "le fichier n'est pas en UTF-8 et a été lu comme du %s : enregistrez-le en UTF-8",
	},
	check: func(c *checker) {
		if c.doc.Encoding == "windows-1252" {
			c.report(pad.Pos{Line: 1, Column: 1}, "", c.doc.Encoding)
		}
	},
}

var frontMatterInvalid = &Rule{
	ID: "front-matter-invalid", Severity: Warning,
	About: Text{
		EN: "YAML front matter between two “---” lines must be valid YAML; when it is not, its lines are read as text.",
		FR: "L'en-tête YAML entre deux lignes « --- » doit être du YAML valide ; sinon ses lignes sont lues comme du texte.",
	},
	message: Text{
		EN: "the front matter is not valid YAML (%v): fix it so other tools read it too",
		FR: "l'en-tête YAML n'est pas valide (%v) : corrigez-le pour que d'autres outils le lisent aussi",
	},
	check: func(c *checker) {
		if c.doc.FrontMatter != nil {
			c.report(pad.Pos{Line: 1, Column: 1}, "", c.doc.FrontMatter)
		}
	},
}
