@testable import NewsGraph

/// A small invented archive (other cities than the seeds) exercising every resolution rule.
///
/// - `pingyao1`, `pingyao2`: one official (韩东明, 平遥县委副书记) in two articles of a 晋中 paper;
///   the two articles announce the same 推进会 (same date, place and name).
/// - `jinzhong3`: 韩东明 named without an office in the 晋中 paper (city 晋中市, which holds 平遥县).
/// - `datong`: another 韩东明, 区长 of 云冈区 in 大同市: an unrelated jurisdiction.
/// - `loose`: 韩东明 in an article with no city or province.
/// - `jinzhongOrg`: 市委组织部 resolved to 晋中市委组织部, a department of 晋中市委; 晋中 as a short form.
enum GraphCorpus {
    static var pingyao1: ArticleFixture {
        var a = ArticleFixture(
            file: "pages/jz-1.txt", index: 1, city: "晋中市", province: "山西省", date: "2024-11-20",
            "⟦11月18日⟧，⟦平遥县⟧文旅产业推进会召开。⟦平遥县委副书记⟧⟦韩东明⟧出席会议并讲话。⟦韩东明⟧指出，要守护好古城。")
        a.headline = "平遥县召开文旅产业推进会"
        a.place("平遥县", parent: "晋中市", level: "county")
        a.person("韩东明", 0)
        a.person("韩东明", 1)
        a.office(
            "平遥县委副书记", person: "韩东明", title: "平遥县委副书记", resolved: "平遥县委副书记", organization: "平遥县委",
            jurisdiction: "平遥县", role: "副书记")
        a.event("E1", "11月18日", name: "平遥县文旅产业推进会", noun: "推进会", date: "2024-11-18", place: "平遥县")
        a.attend("韩东明", "E1", .attended, "韩东明", 0)
        a.attend("韩东明", "E1", .spoke, "韩东明", 1)
        return a
    }

    static var pingyao2: ArticleFixture {
        var a = ArticleFixture(
            file: "pages/jz-2.txt", index: 2, city: "晋中市", province: "山西省", date: "2024-11-21",
            "⟦11月18日⟧召开的⟦平遥县⟧文旅产业推进会上，⟦平遥县委副书记⟧⟦韩东明⟧介绍了古城保护的做法。")
        a.place("平遥县", parent: "晋中市", level: "county")
        a.person("韩东明")
        a.office(
            "平遥县委副书记", person: "韩东明", title: "平遥县委副书记", resolved: "平遥县委副书记", organization: "平遥县委",
            jurisdiction: "平遥县", role: "副书记")
        a.event("E1", "11月18日", name: "平遥县文旅产业推进会", noun: "推进会", date: "2024-11-18", place: "平遥县")
        a.attend("韩东明", "E1", .spoke, "韩东明")
        return a
    }

    static var jinzhong3: ArticleFixture {
        var a = ArticleFixture(
            file: "pages/jz-3.txt", index: 1, city: "晋中市", province: "山西省", date: "2024-12-02",
            "古城文化周在⟦晋中⟧启幕，⟦韩东明⟧到场观摩。本报记者⟦罗晓燕⟧")
        a.place("晋中", canonical: "晋中市", parent: "山西省", level: "prefecture")
        a.person("韩东明")
        a.author("罗晓燕", .reporter)
        return a
    }

    static var datong: ArticleFixture {
        var a = ArticleFixture(
            file: "pages/dt-1.txt", index: 1, city: "大同市", province: "山西省", date: "2024-12-05",
            "⟦12月4日⟧，⟦云冈区⟧召开安全生产会议，⟦云冈区区长⟧⟦韩东明⟧主持会议。")
        a.place("云冈区", parent: "大同市", level: "county")
        a.person("韩东明")
        a.office(
            "云冈区区长", person: "韩东明", title: "云冈区区长", resolved: "云冈区区长", organization: "云冈区人民政府",
            jurisdiction: "云冈区", role: "区长")
        a.event("E1", "12月4日", name: "安全生产会议", noun: "会议", date: "2024-12-04", place: "云冈区")
        a.attend("韩东明", "E1", .presided, "韩东明")
        return a
    }

    static var loose: ArticleFixture {
        var a = ArticleFixture(file: "pages/misc.txt", index: 3, "会上，⟦韩东明⟧作了发言。")
        a.person("韩东明")
        return a
    }

    static var jinzhongOrg: ArticleFixture {
        var a = ArticleFixture(
            file: "pages/jz-4.txt", index: 1, city: "晋中市", province: "山西省", date: "2024-12-09",
            "⟦市委⟧召开会议，⟦市委常委⟧、⟦组织部长⟧⟦闫丽萍⟧出席，⟦市委组织部⟧负责同志作说明。")
        a.mention(.organization, "市委", canonical: "晋中市委")
        a.mention(.organization, "市委组织部", canonical: "晋中市委组织部")
        a.person("闫丽萍")
        a.office(
            "市委常委", person: "闫丽萍", title: "市委常委", resolved: "晋中市委常委", organization: "晋中市委",
            jurisdiction: "晋中市", role: "常委")
        a.office(
            "组织部长", person: "闫丽萍", title: "组织部长", resolved: "晋中市委组织部部长", organization: "晋中市委组织部",
            jurisdiction: "晋中市", role: "部长")
        return a
    }

    static var all: [ArticleFixture] { [pingyao1, pingyao2, jinzhong3, datong, loose, jinzhongOrg] }
}
