import DariModel
import Testing

@Suite("Link addresses compared across the two languages and across runs")
struct LinkAddressTests {
    @Test("the language part of a path, a file name, a host or a query is any language")
    func languageParts() {
        #expect(LinkAddress.languageNeutral("/ko/about.html") == LinkAddress.languageNeutral("/en/about.html"))
        #expect(LinkAddress.languageNeutral("/ko-KR/about.html") == LinkAddress.languageNeutral("/en-US/about.html"))
        #expect(LinkAddress.languageNeutral("about.ko.html") == LinkAddress.languageNeutral("about.en.html"))
        #expect(LinkAddress.languageNeutral("about_ko.html") == LinkAddress.languageNeutral("about_en.html"))
        #expect(LinkAddress.languageNeutral("https://ko.example.org/x") == LinkAddress.languageNeutral("https://en.example.org/x"))
        #expect(LinkAddress.languageNeutral("/x?hl=ko&v=2") == LinkAddress.languageNeutral("/x?v=2&hl=en"))
        #expect(LinkAddress.languageNeutral("/korean/a.html") == LinkAddress.languageNeutral("/english/a.html"))
    }

    @Test("different targets stay different")
    func differentTargets() {
        #expect(LinkAddress.languageNeutral("/ko/about.html") != LinkAddress.languageNeutral("/en/contact.html"))
        #expect(LinkAddress.languageNeutral("/x?v=2") != LinkAddress.languageNeutral("/x?v=3"))
        // "kor" is a language tag, "korea" is a word.
        #expect(LinkAddress.languageNeutral("/korea/a.html") != LinkAddress.languageNeutral("/english/a.html"))
    }

    @Test("a generated fragment, a folder's index page and a trailing slash do not matter")
    func whatAReaderDoesNotSee() {
        #expect(LinkAddress.languageNeutral("/ko/a.html#idm8778") == LinkAddress.languageNeutral("/en/a.html#idm1234"))
        #expect(LinkAddress.languageNeutral("/ko/docs/") == LinkAddress.languageNeutral("/en/docs/index.html"))
    }

    @Test("a relative link resolves against its page, so a rewritten link to the same target is the same")
    func resolution() {
        let page = "ko/news/a.html"
        #expect(LinkAddress.resolved("../about.html", page: page) == LinkAddress.resolved("/ko/about.html", page: page))
        #expect(LinkAddress.resolved("./b.html", page: page) == LinkAddress.resolved("b.html", page: page))
        #expect(LinkAddress.resolved("b.html", page: page) == LinkAddress.resolved("/ko/news/b.html", page: page))
        #expect(LinkAddress.resolved("b.html", page: page) != LinkAddress.resolved("c.html", page: page))
    }

    @Test("resolution keeps the fragment: an anchor on the same page is a target of its own")
    func fragments() {
        let page = "ko/a.html"
        #expect(LinkAddress.resolved("#top", page: page) == LinkAddress.resolved("a.html#top", page: page))
        #expect(LinkAddress.resolved("#top", page: page) != LinkAddress.resolved("#install", page: page))
    }

    @Test("addresses with a scheme are not resolved against the page")
    func schemes() {
        #expect(LinkAddress.resolved("mailto:a@example.org", page: "ko/a.html") == "mailto:a@example.org")
        #expect(LinkAddress.resolved("https://Example.org/ko/x", page: "ko/a.html")
            == LinkAddress.resolved("https://example.org/en/x", page: "en/a.html"))
        #expect(LinkAddress.resolved("//cdn.example.org/x.png", page: "ko/a.html") == "//cdn.example.org/x.png")
    }

    @Test("a host whose subdomain names a country is a mirror of its domain; a name of its own is not")
    func localMirrors() {
        #expect(LinkAddress.localMirrorsNeutral("ftp.kr.debian.org/debian") == "{mirror}.debian.org/debian")
        #expect(LinkAddress.localMirrorsNeutral("d-i mirror/http/hostname string http.us.debian.org")
            == "d-i mirror/http/hostname string {mirror}.debian.org")
        #expect(LinkAddress.localMirrorsNeutral("http://ftp.kr.debian.org/debian")
            == LinkAddress.localMirrorsNeutral("http://http.us.debian.org/debian"))
        for kept in ["deb.debian.org", "go.dev", "ko.wikipedia.org", "security.debian.org", "a.b", "1.2.3.4",
                     "www.example.co.kr", "file.tar.gz"] {
            #expect(LinkAddress.localMirrorsNeutral(kept) == kept)
        }
    }
}
