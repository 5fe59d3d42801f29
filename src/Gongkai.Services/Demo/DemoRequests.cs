using Gongkai.Core.Appeals;
using Gongkai.Core.Calendar;
using Gongkai.Core.Identifiers;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Fees;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Services.Appeals;
using Gongkai.Services.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Services.Demo;

/// <summary>
/// The busy agency's 依申请公开 year: requests of every applicant kind and channel across 2023 and 2024 (a few received in December
/// 2022), each handled through the request workflow to one of the 21 outcomes — every outcome at least once a year, by its own
/// route (补正, 收费, 第三十五条, 撤回 …) — with carry-overs into each next year, and appeal cases of every result, two of them
/// 纠正 decisions that order a new answer and so open a new request (report-format.md §4.3). Deterministic (fixed seed).
/// </summary>
internal sealed class DemoRequests(DemoSeeder seeder, DemoTimeline timeline)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    /// <summary>Outcomes with a route of their own (补正, 收费, 第三十五条): planned only for requests received before November, so
    /// every step dated in a year is recorded before that year's report is published in January.</summary>
    private static readonly HashSet<Outcome> LongRoutes =
        [Outcome.StillUnclearAfterCorrection, Outcome.ExcessiveRequests, Outcome.CorrectionNotMade, Outcome.FeeNotPaid];

    private static readonly (Outcome Outcome, int Weight)[] Weights =
    [
        (Outcome.Disclosed, 34), (Outcome.PartlyDisclosed, 10), (Outcome.WithheldStateSecret, 1), (Outcome.WithheldProhibitedByLaw, 1),
        (Outcome.WithheldEndangersSecurityOrStability, 1), (Outcome.WithheldThirdPartyRights, 4), (Outcome.WithheldInternalAffairs, 2),
        (Outcome.WithheldProcessInformation, 3), (Outcome.WithheldLawEnforcementFile, 2), (Outcome.WithheldAdministrativeQuery, 3),
        (Outcome.NotHeld, 14), (Outcome.WouldNeedCreating, 4), (Outcome.StillUnclearAfterCorrection, 2), (Outcome.PetitionOrComplaint, 3),
        (Outcome.RepeatedRequest, 2), (Outcome.PublicationRequested, 1), (Outcome.ExcessiveRequests, 1), (Outcome.ConfirmationOrReissue, 1),
        (Outcome.CorrectionNotMade, 3), (Outcome.FeeNotPaid, 1), (Outcome.OtherEnding, 4),
    ];

    private static readonly string[] Places = ["红寺堡镇红光村", "红寺堡镇上源村", "太阳山镇朝阳村", "大河乡新兴村", "新庄集乡河西村", "柳泉乡永新村"];
    private static readonly string[] Subjects =
    [
        "{0}集体土地征收补偿安置方案", "{0}集体土地征收批复文件", "{0}农村宅基地审批档案", "{0}土地承包经营权确权登记资料",
        "{0}高标准农田建设项目耕地占补平衡验收材料", "{0}周边国有建设用地使用权出让合同", "{0}村庄规划（2021—2035年）及批复",
        "{0}违法占地行政处罚决定书", "{0}地质灾害隐患点排查台账",
    ];

    private static readonly string[] Surnames = ["马", "王", "李", "张", "杨", "田", "丁", "何", "苏", "海", "金", "罗"];
    private static readonly string[] Given = ["建国", "秀英", "永福", "海燕", "志强", "玉兰", "文军", "春梅", "学武", "丽娟", "长青", "凤霞"];

    private readonly List<PlannedRequest> _requests = [];

    public int Registered { get; private set; }
    public int AppealCases { get; private set; }

    private sealed class PlannedRequest
    {
        public required int Year { get; init; }
        public required DateOnly ReceivedOn { get; init; }
        public required ReceiptChannel Channel { get; init; }
        public required RequestForm Form { get; init; }
        public required Outcome Outcome { get; init; }
        public DateOnly? ConcludedOn { get; set; }
        public bool Appealed { get; set; }
        public Guid Id { get; set; }
        public string Number { get; set; } = "";
    }

    public void Plan(DemoAgency agency)
    {
        var random = new Random(20230101);
        PlanYear(agency, random, 2022, 5);
        PlanYear(agency, random, 2023, 140);
        PlanYear(agency, random, 2024, 125);
        PlanAppeals(agency);
    }

    private void PlanYear(DemoAgency agency, Random random, int year, int count)
    {
        var days = DemoCatalogue.WorkingDays(year).Where(d => year != 2022 || d >= new DateOnly(2022, 12, 12)).ToList();
        var received = Enumerable.Range(0, count).Select(_ => days[random.Next(days.Count)]).Order().ToList();
        var first = _requests.Count;
        for (var i = 0; i < count; i++)
        {
            var on = received[i];
            // The first 21 of a year go through all 21 outcomes in table order; the rest are drawn by weight.
            var outcome = year == 2022 ? (i % 2 == 0 ? Outcome.Disclosed : Outcome.NotHeld)
                : i < Weights.Length ? Weights[i].Outcome : Draw(random, on);
            if (LongRoutes.Contains(outcome) && on.Month >= 11) outcome = Outcome.Disclosed;
            var request = new PlannedRequest
            {
                Year = year, ReceivedOn = on, Channel = Channel(random), Form = Form(random, year, i), Outcome = outcome,
            };
            _requests.Add(request);
            PlanHandling(agency, request, random, _requests[first]);
        }
    }

    private static Outcome Draw(Random random, DateOnly on)
    {
        while (true)
        {
            var roll = random.Next(Weights.Sum(w => w.Weight));
            foreach (var (outcome, weight) in Weights)
            {
                if ((roll -= weight) >= 0) continue;
                if (LongRoutes.Contains(outcome) && on.Month >= 11) break;
                return outcome;
            }
        }
    }

    private static ReceiptChannel Channel(Random random) => random.Next(20) switch
    {
        < 9 => ReceiptChannel.InPerson,
        < 12 => ReceiptChannel.Post,
        < 19 => ReceiptChannel.Online,
        _ => ReceiptChannel.Email,
    };

    private static RequestForm Form(Random random, int year, int index)
    {
        var kind = random.Next(20) switch
        {
            < 12 => ApplicantKind.NaturalPerson,
            < 15 => ApplicantKind.CommercialEnterprise,
            < 16 => ApplicantKind.ResearchInstitution,
            < 17 => ApplicantKind.PublicWelfareOrganization,
            < 19 => ApplicantKind.LegalServiceAgency,
            _ => ApplicantKind.OtherOrganization,
        };
        var place = Places[random.Next(Places.Length)];
        var subject = string.Format(System.Globalization.CultureInfo.InvariantCulture, Subjects[random.Next(Subjects.Length)], place);
        var person = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
        var (name, identityType, identity) = kind switch
        {
            ApplicantKind.NaturalPerson => (person, "resident-id", ResidentId(random)),
            ApplicantKind.CommercialEnterprise => ($"宁夏{place[..3]}{Given[random.Next(Given.Length)]}农业发展有限公司", "credit-code", CreditCode(random, "91")),
            ApplicantKind.ResearchInstitution => ("宁夏农林科学院农业经济与信息技术研究所", "credit-code", CreditCode(random, "12")),
            ApplicantKind.PublicWelfareOrganization => ("红寺堡区乡村振兴促进会", "credit-code", CreditCode(random, "51")),
            ApplicantKind.LegalServiceAgency => ($"宁夏{Surnames[random.Next(Surnames.Length)]}正律师事务所", "credit-code", CreditCode(random, "31")),
            _ => ($"{place}股份经济合作社", "credit-code", CreditCode(random, "N2")),
        };
        return new RequestForm
        {
            ApplicantKind = kind, Name = name, IdentityType = identityType, IdentityNumber = identity,
            Phone = $"139{random.Next(10_000_000, 99_999_999)}", Email = $"demo{year}{index:D3}@example.cn",
            PostalAddress = $"宁夏回族自治区吴忠市红寺堡区{place}", Title = subject,
            Description = $"申请公开{subject}（演示数据）。", Form = random.Next(2) == 0 ? InformationForm.Electronic : InformationForm.Paper,
            Delivery = random.Next(2) == 0 ? DeliveryMethod.Email : DeliveryMethod.Post,
        };
    }

    /// <summary>A valid 居民身份证号码 of a person born 1955–1999 and registered in 红寺堡区 (640303).</summary>
    private static string ResidentId(Random random)
    {
        var birth = new DateOnly(1955, 1, 1).AddDays(random.Next(0, 45 * 365));
        var body = $"640303{birth:yyyyMMdd}{random.Next(0, 1000):D3}";
        return body + ResidentIdNumber.CheckCharacter(body);
    }

    /// <summary>A valid 统一社会信用代码 with the given registration category, registered in 红寺堡区.</summary>
    private static string CreditCode(Random random, string category)
    {
        var organization = random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = category + "640303" + organization + UnifiedSocialCreditCode.OrganizationCheckCharacter(organization);
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    private static DateOnly W(DateOnly from, int workingDays) => Calendar.AddWorkingDays(from, workingDays).Date;

    /// <summary>Plans registration and the route to the request's outcome.</summary>
    private void PlanHandling(DemoAgency agency, PlannedRequest request, Random random, PlannedRequest firstOfYear)
    {
        var r = request.ReceivedOn;
        timeline.At(r, ct => RegisterAsync(agency, request, ct));
        switch (request.Outcome)
        {
            case Outcome.StillUnclearAfterCorrection:
                Step(agency.Clerk, request, W(r, 2), new RequestCorrection("请补充所需信息的名称、文号或者便于查询的特征性描述", null));
                Step(agency.Clerk, request, W(r, 6), new ReceiveCorrection(request.Form.Title, null, "补正：申请该村近年全部用地材料（演示数据）", request.Form.Form, request.Form.Delivery, null));
                Reply(agency, request, W(r, 12), null);
                break;
            case Outcome.ExcessiveRequests:
                Step(agency.Clerk, request, W(r, 3), new AskReasonsForBulkRequests("申请人本月已提交同类申请三十余件，数量、频次明显超过合理范围"));
                // 条例第三十五条: the decision follows the applicant's stated reasons (or the end of the period given for them).
                Step(agency.Clerk, request, W(r, 8), new ReceiveBulkReasons("申请人称系个人研究需要，未说明为何需要短期内反复申请"));
                Step(agency.Clerk, request, W(r, 10), new FindBulkRequestsUnreasonable("申请人说明的理由不合理"), concludes: true);
                break;
            case Outcome.CorrectionNotMade:
                Step(agency.Clerk, request, W(r, 2), new RequestCorrection("请补充所需信息的名称或者特征性描述", 10));
                Step(agency.Clerk, request, W(r, 16), new DeemWithdrawn(), concludes: true);
                break;
            case Outcome.FeeNotPaid:
                Step(agency.Clerk, request, W(r, 3), new ProposeFee(FeeMethod.PerPage, 400));
                Step(agency.Leader, request, W(r, 3), new ApproveFee());
                Step(agency.Clerk, request, W(r, 4), new SendFeeNotice());
                Step(agency.Clerk, request, W(r, 27), new RecordFeeNotPaidInTime(), concludes: true);
                break;
            case Outcome.OtherEnding:
                Step(agency.Clerk, request, W(r, 5), new WithdrawRequest("申请人书面撤回申请"), concludes: true);
                break;
            default:
                var k = 4 + random.Next(13);
                if (random.Next(16) == 0)
                {
                    // 条例第三十三条第二款: the office head approves an extension before the 20 working days run out.
                    Step(agency.Head, request, W(r, 15), new ApproveExtension(20, "所需信息需调取多年档案并征求相关单位意见"));
                    Step(agency.Clerk, request, W(r, 15), new NotifyExtension());
                    k = 24 + random.Next(10);
                }
                Reply(agency, request, W(r, k), request.Outcome == Outcome.RepeatedRequest ? firstOfYear : null);
                break;
        }
    }

    private void Reply(DemoAgency agency, PlannedRequest request, DateOnly draftOn, PlannedRequest? repeatOf)
    {
        var info = request.Outcome.Info();
        var reasons = request.Outcome == Outcome.Disclosed ? null : $"依据{info.ArticleZh}：{info.GroundZh}。";
        timeline.At(draftOn, ct => ApplyAsync(agency.Clerk, request,
            new DraftReply(request.Outcome, reasons, repeatOf?.Number), ct));
        Step(agency.Reviewer, request, draftOn, new ApproveReply(ReplyApprovalStep.ConfidentialityReview));
        Step(agency.Leader, request, draftOn, new ApproveReply(ReplyApprovalStep.LeaderApproval));
        Step(agency.Clerk, request, W(draftOn, 1), new ReleaseReply(), concludes: true);
    }

    private void Step(DemoStaff who, PlannedRequest request, DateOnly on, RequestCommand command, bool concludes = false)
    {
        if (concludes) request.ConcludedOn = on;
        timeline.At(on, ct => ApplyAsync(who, request, command, ct));
    }

    private Task ApplyAsync(DemoStaff who, PlannedRequest request, RequestCommand command, CancellationToken ct) =>
        seeder.StepAsync(who, $"{command.Name} {request.Number}", sp => sp.GetRequiredService<RequestWorkflow>().ApplyAsync(who.Scope, request.Id, command, ct), ct);

    private async Task RegisterAsync(DemoAgency agency, PlannedRequest request, CancellationToken ct)
    {
        var submitted = request.Channel == ReceiptChannel.Online
            ? await seeder.StepAsync(null, $"online request of {request.ReceivedOn}", sp => sp.GetRequiredService<RequestIntake>()
                .SubmitOnlineAsync(agency.Id, request.Form, [], ct), ct)
            : await seeder.StepAsync(agency.Clerk, $"request of {request.ReceivedOn}", sp => sp.GetRequiredService<RequestIntake>()
                .RegisterAsync(agency.Clerk.Scope, new StaffIntake(request.Channel, request.ReceivedOn), request.Form, [], ct), ct);
        request.Id = submitted.Id;
        request.Number = submitted.Number;
        Registered++;
        // 条例第三十一条: online and e-mail applications are received when the office confirms them — here the day they came.
        if (submitted.Status == RequestStatus.AwaitingReceiptConfirmation) await ApplyAsync(agency.Clerk, request, new ConfirmReceipt(), ct);
    }

    // ---------------- appeals ----------------

    private sealed record PlannedAppeal(AppealKind Kind, DateOnly FiledOn, string CaseNumber, AppealDecision? Decision = null, DateOnly? DecidedOn = null,
        DateOnly? DecisionReceivedOn = null, DateOnly? DueDateSetByDecision = null);

    /// <summary>Every table-四 result in each group over the two years; cases open across a year end; two decisions ordering a new answer.</summary>
    private void PlanAppeals(DemoAgency agency)
    {
        PlannedAppeal[] appeals =
        [
            new(AppealKind.Reconsideration, new(2023, 4, 20), "吴红政复〔2023〕3号", AppealDecision.Upheld, new(2023, 6, 16)),
            new(AppealKind.Reconsideration, new(2023, 5, 18), "吴红政复〔2023〕5号", AppealDecision.Revoked, new(2023, 7, 14)),
            new(AppealKind.Reconsideration, new(2023, 6, 19), "吴红政复〔2023〕8号", AppealDecision.Rejected, new(2023, 8, 15)),
            new(AppealKind.Reconsideration, new(2023, 11, 20), "吴红政复〔2023〕14号", AppealDecision.Revoked, new(2024, 3, 5), new(2024, 3, 8)),
            new(AppealKind.LitigationDirect, new(2023, 7, 10), "（2023）宁0303行初12号", AppealDecision.Upheld, new(2023, 12, 8)),
            new(AppealKind.LitigationDirect, new(2023, 9, 11), "（2023）宁0303行初21号", AppealDecision.ConfirmedUnlawful, new(2024, 5, 20)),
            new(AppealKind.LitigationAfterReconsideration, new(2023, 8, 14), "（2023）宁0303行初17号", AppealDecision.Withdrawn, new(2023, 11, 6)),
            new(AppealKind.LitigationAfterReconsideration, new(2023, 10, 16), "（2023）宁0303行初25号", AppealDecision.Upheld, new(2024, 6, 12)),
            new(AppealKind.Reconsideration, new(2024, 3, 18), "吴红政复〔2024〕4号", AppealDecision.OrderedToPerform, new(2024, 5, 13), new(2024, 5, 15), new(2024, 6, 14)),
            new(AppealKind.Reconsideration, new(2024, 4, 15), "吴红政复〔2024〕6号", AppealDecision.Terminated, new(2024, 6, 11)),
            new(AppealKind.Reconsideration, new(2024, 5, 20), "吴红政复〔2024〕9号", AppealDecision.Upheld, new(2024, 7, 16)),
            new(AppealKind.Reconsideration, new(2024, 11, 18), "吴红政复〔2024〕17号"),
            new(AppealKind.LitigationDirect, new(2024, 2, 26), "（2024）宁0303行初5号", AppealDecision.Settled, new(2024, 8, 20)),
            new(AppealKind.LitigationDirect, new(2024, 6, 17), "（2024）宁0303行初14号", AppealDecision.Varied, new(2024, 10, 15)),
            new(AppealKind.LitigationDirect, new(2024, 9, 9), "（2024）宁0303行初22号"),
            new(AppealKind.LitigationAfterReconsideration, new(2024, 7, 15), "（2024）宁0303行初18号", AppealDecision.Other, new(2024, 11, 19)),
            new(AppealKind.LitigationAfterReconsideration, new(2024, 8, 12), "（2024）宁0303行初19号", AppealDecision.Revoked, new(2024, 12, 10)),
            new(AppealKind.LitigationAfterReconsideration, new(2024, 10, 21), "（2024）宁0303行初24号"),
        ];
        foreach (var appeal in appeals)
        {
            // The case concerns a reply the applicant contests: the latest refusal concluded well before the filing.
            var request = _requests.Where(r => !r.Appealed && r.Outcome is not (Outcome.Disclosed or Outcome.OtherEnding) && r.Outcome.Info().ByReply
                    && r.ConcludedOn is { } c && c <= appeal.FiledOn.AddDays(-20))
                .MaxBy(r => r.ConcludedOn) ?? throw new InvalidOperationException($"no request to appeal before {appeal.FiledOn}");
            request.Appealed = true;
            PlanAppeal(agency, appeal, request);
        }
    }

    private void PlanAppeal(DemoAgency agency, PlannedAppeal appeal, PlannedRequest request)
    {
        Guid caseId = default;
        timeline.At(appeal.FiledOn, async ct =>
        {
            var filed = await seeder.StepAsync(agency.Clerk, $"file {appeal.CaseNumber}", sp => sp.GetRequiredService<AppealCases>().FileAsync(agency.Clerk.Scope,
                new NewAppealCase(agency.Id, appeal.Kind, request.Id, request.Number, request.ReceivedOn, appeal.CaseNumber, appeal.FiledOn), ct), ct);
            caseId = filed.Id;
            AppealCases++;
        });
        if (appeal.Decision is not { } decision || appeal.DecidedOn is not { } decided) return;
        var ordersNewAnswer = appeal.DecisionReceivedOn is not null;
        timeline.At(appeal.DecisionReceivedOn ?? decided, async ct =>
        {
            var concluded = await seeder.StepAsync(agency.Clerk, $"conclude {appeal.CaseNumber}", sp => sp.GetRequiredService<AppealCases>().ConcludeAsync(
                agency.Clerk.Scope, caseId, new AppealConclusion(decision, decided, ordersNewAnswer, appeal.DecisionReceivedOn, appeal.DueDateSetByDecision), ct), ct);
            if (concluded.Opened is { } opened) PlanNewAnswer(agency, request, opened);
        });
    }

    /// <summary>The new answer the decision ordered: this time the information is provided.</summary>
    private void PlanNewAnswer(DemoAgency agency, PlannedRequest original, OpenedRequest opened)
    {
        var reopened = new PlannedRequest
        {
            Year = opened.ReceivedOn.Year, ReceivedOn = opened.ReceivedOn, Channel = original.Channel, Form = original.Form,
            Outcome = Outcome.Disclosed, Id = opened.Id, Number = opened.Number,
        };
        Registered++;
        Reply(agency, reopened, W(opened.ReceivedOn, 8), null);
    }
}
