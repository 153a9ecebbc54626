import Testing

@testable import NewsGraph

/// Photo credits whose names follow a role word.
struct BylineCreditTests {
    func read(_ page: String) throws -> [Article] { try PageReader().read(bytes: Array(page.utf8), file: "page.txt") }

    @Test func aReporterWordBeforeAPhotoReportCreditIsNoAuthor() throws {
        let page = """
            本报讯 3月2日，桐庐县春耕现场会召开，县农业农村局负责同志介绍了备耕情况。

            记者 雷子昂 摄影报道

            """
        let a = try read(page)
        #expect(a.count == 1)
        #expect(a[0].authors.map { "\($0.name)/\($0.role.rawValue)" } == ["雷子昂/photographer"])
    }

    @Test func aRoleGluedToTheNameAndAOneCharacterSurnameLikeARoleWordStayNames() throws {
        let page = """
            本报讯 3月2日，桐庐县春耕现场会召开，县农业农村局负责同志介绍了备耕情况。

            摄影记者栾青 文立 摄

            """
        let a = try read(page)
        #expect(a[0].authors.map(\.name) == ["栾青", "文立"])
    }
}
