import Testing

@testable import NewsGraph

/// Personnel news names the person first: 任, 当选为, 现任, and 免去 … 职务 for a former office.
struct AppointmentTests {
    private func claims(_ text: String) -> [String] {
        TagTestSupport.tag(text, city: "正定县").offices.map { "\($0.person) \($0.resolvedTitle)\($0.former ? " (former)" : "")" }
    }

    @Test func appointedAndElectedOfficesAreClaims() {
        #expect(claims("根据工作需要，张建国同志任中共正定县委书记。") == ["张建国 中共正定县委书记"])
        #expect(
            claims("李秀英当选为县政协主席，王海峰当选为县人大常委会主任。")
                == ["李秀英 正定县政协主席", "王海峰 正定县人大常委会主任"])
        #expect(claims("刘晓明现任县委常委、宣传部部长。") == ["刘晓明 正定县委常委", "刘晓明 正定县委宣传部部长"])
    }

    @Test func aRemovalGivesAFormerOffice() {
        #expect(claims("会议决定：免去赵卫东同志的正定县人民政府副县长职务。") == ["赵卫东 正定县人民政府副县长 (former)"])
    }

    @Test func wordsThatOnlyStartWithAnAppointmentVerbAreNoClaims() {
        #expect(claims("张三任务繁重，李四任劳任怨。").isEmpty)
        #expect(claims("全县当选为先进单位的有五家。").isEmpty)
    }

    @Test func theEvidenceCoversNameAndOffice() {
        let (text, marks) = TagTestSupport.marked("根据工作需要，⟦张建国同志任中共正定县委书记⟧。")
        let t = TagTestSupport.tag(text, city: "正定县")
        #expect(t.offices.first?.evidence.span == Span(start: marks[0].1.lowerBound, end: marks[0].1.upperBound))
        #expect(t.offices.first?.evidence.rule == "appointment")
    }
}
