package pad

import "testing"

func TestHTMLText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"lines", "<body>a<br>b<br></body>", "a\nb\n"},
		{"entities and nbsp", "<body>Titre&nbsp;: A &amp; B &#233;t&#xE9;&nbsp;&nbsp; x<br></body>", "Titre : A & B été   x\n"},
		{"bold is text", "<body><strong>Titre :</strong> A<br></body>", "Titre : A\n"},
		{"heading then br", "<body><h1>Titre</h1><br>suite<br></body>", "# Titre\nsuite\n"},
		{"blank line", "<body>a<br><br>b<br></body>", "a\n\nb\n"},
		{"bullets, nested", `<body><ul class="bullet"><li>a<ul class="bullet"><li>b</ul></li></ul>c<br></body>`, "\t* a\n\t\t* b\nc\n"},
		{"numbers from 1", `<body><ol start="3" class="number"><li>a</li><li>b</ol></body>`, "\t1. a\n\t2. b\n"},
		{"indent is no item", `<body><ul class="indent"><li>a</ul></body>`, "\ta\n"},
		{"scripts and styles dropped", "<head><style>p{}</style></head><body><script>x()</script>a<br></body>", "a\n"},
		{"collapsed white space", "<body>  a \n  b  <br></body>", "a b\n"},
		{"no body", "just text", "just text\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlText(tt.in); got != tt.want {
				t.Errorf("htmlText = %q, want %q", got, tt.want)
			}
		})
	}
}
