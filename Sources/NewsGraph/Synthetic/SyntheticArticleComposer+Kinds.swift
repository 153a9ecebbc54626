/// The article kinds of the genre, each a template over the paper's population.
extension SyntheticArticleComposer {
    /// `12月3日，全市…推进会召开。…出席会议并讲话。…主持会议。`
    mutating func meeting() {
        let topic = rng.pick(SyntheticVocabulary.topics)
        let written = rng.pick(SyntheticVocabulary.meetingNouns)
        let noun = ["工作会议": "会议", "专题会议": "会议", "动员大会": "大会"][written] ?? written
        let scope = rng.chance(0.5) ? "全" + own.unit : own.name
        let name = scope + topic + (written.hasPrefix("工作") ? "" : "工作") + written
        let leadOffice = ownOffice(7...10)
        let chairOffice = ownOffice(6...9, excluding: [leadOffice])
        let lead = official(leadOffice)
        let chair = official(chairOffice)
        var others: [(String, SyntheticPopulation.Person)] = []
        var used = [leadOffice, chairOffice]
        for _ in 0..<rng.below(3) {
            let o = ownOffice(4...8, excluding: used)
            used.append(o)
            others.append(official(o))
        }
        draft.headline = rng.chance(0.5) ? "\(lead.person.name)出席\(name)" : "\(own.short)召开\(topic)工作\(noun)"
        var p1 = "\(dateText())，\(name)召开。"
        if rng.chance(0.5) {
            p1 += "\(lead.text)出席会议并讲话。\(chair.text)主持会议。"
        } else {
            p1 += "\(chair.text)主持会议，\(lead.text)出席会议并讲话。"
        }
        if !others.isEmpty { p1 += others.map(\.0).joined(separator: "，") + "参加会议。" }
        p1 += rng.pick(SyntheticVocabulary.meetingAgenda) + "。"
        draft.paragraphs.append(p1)
        draft.paragraphs.append("\(lead.person.name)强调，\(instruction())。\(instruction())。")
        if rng.chance(0.6) { draft.paragraphs.append(fillerParagraph()) }
        draft.paragraphs.append(
            "\(lead.person.name)要求，全\(own.unit)各级各部门\(instruction())。" + (rng.chance(0.5) ? "会议强调，\(instruction())。" : ""))
        var attendees: [(SyntheticPopulation.Person, [AttendanceRole])] = [
            (lead.person, [.attended, .spoke]), (chair.person, [.presided]),
        ]
        attendees += others.map { ($0.1, [.attended]) }
        draft.event(name, noun: noun, date: date, attendees)
    }

    /// `…组织开展…现场观摩并召开推进会` with a leader's remarks at the site.
    mutating func observation() {
        let topic = rng.pick(SyntheticVocabulary.topics)
        let lead = official(ownOffice(9...10))
        let place = countyAndTown()
        draft.headline = "\(own.short)召开\(topic)工作现场推进会"
        draft.paragraphs.append(
            "\(dateText())，\(own.name)组织开展\(topic)工作现场观摩并召开推进会。观摩人员一行先后深入\(place.county)\(place.town)、\(company())等地，详细听取了有关情况汇报。"
        )
        draft.paragraphs.append("\(lead.text)在观摩现场指出，\(instruction())。\(statistic())")
        draft.paragraphs.append("推进会上，\(lead.person.name)要求，\(instruction())。\(instruction())。")
        draft.event("\(topic)工作推进会", noun: "推进会", date: date, [(lead.person, [.attended, .spoke])])
    }

    /// `…到…调研…工作。…陪同。` (no event: an inspection is not a meeting).
    mutating func inspection() {
        let topic = rng.pick(SyntheticVocabulary.topics)
        let lead = official(ownOffice(6...10))
        let place = countyAndTown()
        let host = otherOffice(.county, topRanked: true) ?? otherOffice(.township, topRanked: true)
        draft.headline = "\(lead.person.name)到\(place.county)调研\(topic)工作"
        var p1 = "\(dateText())，\(lead.text)到\(place.county)\(place.town)调研\(topic)工作。"
        if let host { p1 += "\(official(host).text)陪同。" }
        draft.paragraphs.append(p1)
        draft.paragraphs.append("在\(company())，\(lead.person.name)详细了解企业生产经营、项目建设等情况。\(statistic())")
        draft.paragraphs.append("\(lead.person.name)指出，\(instruction())。\(instruction())。")
    }

    /// `…签约仪式在…举行。…出席并致辞。…和…董事长…代表双方签约。`
    mutating func signing() {
        // A handful of firms per paper sign again and again; new ones appear now and then.
        if population.firms.count < 8 && (population.firms.isEmpty || rng.chance(0.3)) {
            let name = company()
            population.firms.append((name, population.newPerson(&rng, names)))
        }
        let (firm, chairmanIndex) = rng.pick(population.firms)
        let project = "年产\(rng.int(in: 2...90))万吨\(rng.pick(SyntheticVocabulary.industries))项目"
        let name = "\(own.name)与\(firm)\(project)签约仪式"
        let lead = official(ownOffice(8...10))
        let signer = official(ownOffice(6...7))
        let chairman = population.people[chairmanIndex]
        draft.mention(chairman, .businessman, offices: [firm + "董事长"])
        draft.headline = "\(project)签约落地\(own.short)"
        draft.paragraphs.append(
            "\(dateText())，\(name)在\(venue())举行。\(lead.text)出席并致辞。\(signer.text)和\(firm)董事长\(chairman.name)代表双方签约。")
        draft.paragraphs.append(statistic() + "\(lead.person.name)表示，\(instruction())。")
        if rng.chance(0.5) { draft.paragraphs.append(fillerParagraph()) }
        draft.event(
            name, noun: "签约仪式", date: date,
            [(lead.person, [.attended, .addressed]), (signer.person, [.signed]), (chairman, [.signed])])
    }

    /// `…第十二届全民健身运动会在…开幕。…宣布开幕，…致辞。`
    mutating func sportsMeet() {
        let name = "\(own.name)第\(Self.chineseNumber(rng.int(in: 2...15)))届全民健身运动会"
        let lead = official(ownOffice(9...10))
        let speaker = official(ownOffice(6...8))
        draft.headline = "\(own.short)全民健身运动会开幕"
        draft.paragraphs.append(
            "\(dateText())，\(name)在\(venue())开幕。\(lead.text)宣布开幕，\(speaker.text)致辞。来自全\(own.unit)各行业的\(rng.int(in: 300...3000))余名运动员参加比赛。"
        )
        var p2 = "本届运动会共设\(rng.int(in: 5...20))个大项\(rng.int(in: 30...200))个小项。"
        if rng.chance(0.25) {
            let winner = newcomer(.resident)
            p2 += "在首日进行的长跑比赛中，女子组第一名\(winner.name)赛后表示，家门口的比赛让人倍感亲切。"
        }
        draft.paragraphs.append(p2)
        draft.event(name, noun: "运动会", date: date, [(lead.person, [.attended]), (speaker.person, [.addressed])])
    }

    /// `…专题培训班开班。…出席开班仪式并讲话。`
    mutating func training() {
        let topic = rng.pick(SyntheticVocabulary.topics)
        let name = "\(own.name)\(topic)专题培训班"
        let lead = official(ownOffice(6...8))
        draft.headline = "\(own.short)举办\(topic)专题培训班"
        draft.paragraphs.append(
            "\(dateText())，\(name)开班。\(lead.text)出席开班仪式并讲话。培训班为期\(rng.int(in: 2...7))天，邀请\(rng.int(in: 3...12))名专家学者授课，全\(own.unit)\(rng.int(in: 80...600))余名干部参加培训。"
        )
        draft.paragraphs.append("\(lead.person.name)强调，\(instruction())。\(instruction())。")
        draft.event(name, noun: "培训班", date: date, [(lead.person, [.attended, .spoke])])
    }

    /// `…产业发展论坛在…举办。` with a provincial guest.
    mutating func forum() {
        let industry = rng.pick(SyntheticVocabulary.industries)
        let name = "\(date.year.map { "\($0)年" } ?? "")\(own.short)\(industry)产业发展论坛"
        let lead = official(ownOffice(8...10))
        var attendees: [(SyntheticPopulation.Person, [AttendanceRole])] = []
        var p1 = "\(dateText())，\(name)在\(venue())举办。"
        if let o = otherOffice(.province) {
            let guest = official(o)
            p1 += "\(guest.text)、\(lead.text)出席并致辞。"
            attendees.append((guest.person, [.attended, .addressed]))
        } else {
            p1 += "\(lead.text)出席并致辞。"
        }
        attendees.append((lead.person, [.attended, .addressed]))
        draft.headline = "\(own.short)举办\(industry)产业发展论坛"
        draft.paragraphs.append(p1)
        draft.paragraphs.append(fillerParagraph())
        draft.event(name, noun: "论坛", date: date, attendees)
    }

    /// A villager's story: a named resident without an office.
    mutating func residentStory() {
        let place = countyAndTown()
        let village = madeUpPlace(rng.chance(0.7) ? "村" : "社区")
        let resident = newcomer(.resident)
        draft.headline = "\(village)的幸福日子"
        if rng.chance(0.3) { draft.subtitle = "\(place.county)\(rng.pick(SyntheticVocabulary.topics))工作见闻" }
        draft.paragraphs.append(
            "\(dateText())，记者走进\(place.county)\(place.town)\(village)，村民\(resident.name)\(rng.pick(SyntheticVocabulary.residentScenes))。“\(rng.pick(SyntheticVocabulary.residentQuotes))，”\(resident.name)说。"
        )
        draft.paragraphs.append(
            "近年来，\(place.town)坚持\(rng.pick(SyntheticVocabulary.actions))\(rng.pick(SyntheticVocabulary.objects))，群众生活持续改善。"
                + fillerParagraph())
        draft.paragraphs.append(statistic())
    }

    /// A provincial official's inspection, accompanied by a local leader.
    mutating func provincialVisit() {
        guard let o = otherOffice(.province) else { return inspection() }
        let topic = rng.pick(SyntheticVocabulary.topics)
        let guest = official(o)
        let host = official(ownOffice(6...10))
        draft.headline = "省\(rng.pick(SyntheticVocabulary.provincialDepartments).prefix(2))调研组来\(own.short)调研"
        draft.paragraphs.append("\(dateText())，\(guest.text)一行到\(own.name)调研\(topic)工作。\(host.text)陪同。")
        draft.paragraphs.append("\(guest.person.name)指出，\(instruction())。\(statistic())")
    }

    /// `…人民政府原副市长、…协会会长…出席会议并讲话`: a former office.
    mutating func associationMeeting() {
        let candidates = population.former.filter {
            population.offices[$0.office].links.count == 1 && population.offices[$0.office].jurisdiction == 0
        }
        guard let pick = candidates.isEmpty ? nil : rng.pick(candidates) else { return meeting() }
        let office = population.offices[pick.office]
        let person = population.people[pick.person]
        let association = rng.pick(SyntheticVocabulary.associations)
        let local = office.text(in: own, qualified: false)
        let formerTitle = office.links[0].hasPrefix("{G}") ? "\(own.name)人民政府原\(local)" : "原\(local)"
        let newTitle = "\(own.unit)\(association)会长"
        let name = "\(own.name)\(association)\(date.year.map { "\($0)年" } ?? "")工作会议"
        draft.mention(person, .former, offices: [formerTitle, newTitle], jurisdiction: own.name)
        draft.headline = "\(own.short)\(association)召开年度工作会议"
        draft.paragraphs.append("\(dateText())，\(name)召开。\(formerTitle)、\(newTitle)\(person.name)出席会议并讲话。")
        draft.paragraphs.append(fillerParagraph())
        draft.event(name, noun: "会议", date: date, [(person, [.attended, .spoke])])
    }
}
