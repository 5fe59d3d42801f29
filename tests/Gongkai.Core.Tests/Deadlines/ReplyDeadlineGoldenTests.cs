using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;

namespace Gongkai.Core.Tests.Deadlines;

/// <summary>
/// Golden reply deadlines (条例第三十三条: 20 working days from receipt, the day of receipt not counted), derived by hand from
/// holidays-cn.csv and a printed month grid — never from the code under test. Each case lists the working days counted
/// (with their running number) and the days skipped. "hol" = holiday of the schedule; "wk" = ordinary weekend;
/// "adj" = 调休上班日 (a weekend day that is a working day).
/// </summary>
public class ReplyDeadlineGoldenTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    private static ReplyDeadline Compute(string received) =>
        ReplyDeadlineEngine.Compute(new ReplyDeadlineInput(D(received)), WorkingDayCalendar.Default).Deadline!;

    [Theory]
    // ---- 2023 元旦 (hol 2022-12-31 Sat, 2023-01-01 Sun, 01-02 Mon) and 春节 (hol 01-21…01-27, adj 01-28 Sat, 01-29 Sun) ----
    // Received Fri 2022-12-30. Skip 12-31, 01-01, 01-02 (hol). Count 01-03…06 (1–4); wk 07-08; 09–13 (5–9); 16–20 (10–14);
    // skip 21–27 (hol); 28 adj (15), 29 adj (16), 30 (17), 31 (18), 02-01 (19), 02-02 Thu (20).
    [InlineData("2022-12-30", "2023-02-02")]
    // Received Sun 2023-01-01 (hol). Skip 01-02 (hol); then as above from 01-03 (1) … 02-02 (20).
    [InlineData("2023-01-01", "2023-02-02")]
    // Received Tue 2023-01-03. 04, 05, 06 (1–3); 09–13 (4–8); 16–20 (9–13); skip 21–27 hol; 28 adj (14), 29 adj (15),
    // 30 (16), 31 (17), 02-01 (18), 02 (19), 03 Fri (20).
    [InlineData("2023-01-03", "2023-02-03")]
    // Received Mon 2023-01-09. 10–13 (1–4); 16–20 (5–9); skip 21–27 hol; 28 adj (10), 29 adj (11), 30 (12), 31 (13),
    // 02-01 (14), 02 (15), 03 (16); wk 04-05; 06 (17), 07 (18), 08 (19), 09 Thu (20).
    [InlineData("2023-01-09", "2023-02-09")]
    // Received Fri 2023-01-20, last day before 春节. Skip 21–27 hol; 28 adj (1), 29 adj (2), 30 (3), 31 (4), 02-01 (5),
    // 02 (6), 03 (7); wk 04-05; 06–10 (8–12); 13–17 (13–17); 20 (18), 21 (19), 22 Wed (20).
    [InlineData("2023-01-20", "2023-02-22")]
    // Received Tue 2023-01-24 (hol). Skip 25–27 hol; 28 adj (1) … as the case above … 02-22 (20).
    [InlineData("2023-01-24", "2023-02-22")]
    // Received Sat 2023-01-28 (adj). 29 adj (1), 30 (2), 31 (3), 02-01 (4), 02 (5), 03 (6); 06–10 (7–11); 13–17 (12–16);
    // 20 (17), 21 (18), 22 (19), 23 Thu (20).
    [InlineData("2023-01-28", "2023-02-23")]
    // ---- 2023 清明 (hol 04-05 Wed) and 劳动节 (adj 04-23 Sun, hol 04-29…05-03, adj 05-06 Sat) ----
    // Received Mon 2023-04-03. 04 (1); skip 05 hol; 06 (2), 07 (3); 10–14 (4–8); 17–21 (9–13); wk 22; 23 adj (14);
    // 24–28 (15–19); skip 29, 30, 05-01, 02, 03 hol; 05-04 Thu (20).
    [InlineData("2023-04-03", "2023-05-04")]
    // Received Wed 2023-04-05 (hol). 06 (1), 07 (2); 10–14 (3–7); 17–21 (8–12); 23 adj (13); 24–28 (14–18);
    // skip 29…05-03 hol; 05-04 (19), 05-05 Fri (20).
    [InlineData("2023-04-05", "2023-05-05")]
    // Received Sat 2023-04-22. 23 adj (1); 24–28 (2–6); skip 29…05-03 hol; 04 (7), 05 (8), 06 adj (9); wk 07;
    // 08–12 (10–14); 15–19 (15–19); 22 Mon (20).
    [InlineData("2023-04-22", "2023-05-22")]
    // Received Fri 2023-04-28. Skip 29…05-03 hol; 04 (1), 05 (2), 06 adj (3); wk 07; 08–12 (4–8); 15–19 (9–13);
    // 22–26 (14–18); 29 (19), 30 Tue (20).
    [InlineData("2023-04-28", "2023-05-30")]
    // Received Sat 2023-05-06 (adj). wk 07; 08–12 (1–5); 15–19 (6–10); 22–26 (11–15); 29, 30, 31 (16–18); 06-01 (19), 02 Fri (20).
    [InlineData("2023-05-06", "2023-06-02")]
    // ---- 2023 端午 (hol 06-22 Thu, 23 Fri, 24 Sat; adj 06-25 Sun) ----
    // Received Fri 2023-06-02. 05–09 (1–5); 12–16 (6–10); 19, 20, 21 (11–13); skip 22–24 hol; 25 adj (14); 26–30 (15–19); 07-03 Mon (20).
    [InlineData("2023-06-02", "2023-07-03")]
    // Received Wed 2023-06-21. Skip 22–24 hol; 25 adj (1); 26–30 (2–6); 07-03…07 (7–11); 10–14 (12–16); 17, 18, 19 (17–19), 20 Thu (20).
    [InlineData("2023-06-21", "2023-07-20")]
    // Received Sat 2023-06-24 (hol). 25 adj (1); then as the case above … 07-20 (20).
    [InlineData("2023-06-24", "2023-07-20")]
    // Received Sun 2023-06-25 (adj). 26–30 (1–5); 07-03…07 (6–10); 10–14 (11–15); 17–21 (16–20).
    [InlineData("2023-06-25", "2023-07-21")]
    // ---- 2023 中秋节、国庆节 (hol 09-29…10-06, adj 10-07 Sat, 10-08 Sun) ----
    // Received Fri 2023-09-08. 11–15 (1–5); 18–22 (6–10); 25, 26, 27, 28 (11–14); skip 29…10-06 hol; 10-07 adj (15),
    // 08 adj (16); 09 (17), 10 (18), 11 (19), 12 Thu (20).
    [InlineData("2023-09-08", "2023-10-12")]
    // Received Mon 2023-09-25 (the example). 26, 27, 28 (1–3); skip 29…10-06 hol; 07 adj (4), 08 adj (5);
    // 09–13 (6–10); 16–20 (11–15); 23–27 (16–20).
    [InlineData("2023-09-25", "2023-10-27")]
    // Received Thu 2023-09-28. Skip 29…10-06 hol; 07 adj (1), 08 adj (2); 09–13 (3–7); 16–20 (8–12); 23–27 (13–17);
    // 30 (18), 31 (19), 11-01 Wed (20).
    [InlineData("2023-09-28", "2023-11-01")]
    // Received Sun 2023-10-01 (hol). Skip 02…06 hol; 07 adj (1) … as the case above … 11-01 (20).
    [InlineData("2023-10-01", "2023-11-01")]
    // Received Sat 2023-10-07 (adj). 08 adj (1); 09–13 (2–6); 16–20 (7–11); 23–27 (12–16); 30 (17), 31 (18), 11-01 (19), 02 Thu (20).
    [InlineData("2023-10-07", "2023-11-02")]
    // ---- 2024 元旦 (hol 01-01 Mon; 2023-12-30/31 are ordinary weekend days) ----
    // Received Mon 2023-12-25. 26–29 (1–4); wk 30-31; skip 01-01 hol; 02–05 (5–8); 08–12 (9–13); 15–19 (14–18); 22 (19), 23 Tue (20).
    [InlineData("2023-12-25", "2024-01-23")]
    // Received Fri 2023-12-29. wk 30-31; skip 01-01 hol; 02–05 (1–4); 08–12 (5–9); 15–19 (10–14); 22–26 (15–19); 29 Mon (20).
    [InlineData("2023-12-29", "2024-01-29")]
    // Received Mon 2024-01-01 (hol). 02–05 (1–4); 08–12 (5–9); 15–19 (10–14); 22–26 (15–19); 29 (20).
    [InlineData("2024-01-01", "2024-01-29")]
    // ---- 2024 春节 (adj 02-04 Sun, hol 02-10…02-17, adj 02-18 Sun) ----
    // Received Fri 2024-01-26. 29, 30, 31, 02-01, 02 (1–5); wk 03; 04 adj (6); 05–09 (7–11); skip 10–17 hol; 18 adj (12);
    // 19–23 (13–17); 26 (18), 27 (19), 28 Wed (20).
    [InlineData("2024-01-26", "2024-02-28")]
    // Received Sat 2024-02-03. 04 adj (1); 05–09 (2–6); skip 10–17 hol; 18 adj (7); 19–23 (8–12); 26–03-01 (13–17);
    // 03-04 (18), 05 (19), 06 Wed (20).
    [InlineData("2024-02-03", "2024-03-06")]
    // Received Fri 2024-02-09. Skip 10–17 hol; 18 adj (1); 19–23 (2–6); 26–03-01 (7–11); 03-04…08 (12–16); 11, 12, 13 (17–19), 14 Thu (20).
    [InlineData("2024-02-09", "2024-03-14")]
    // Received Mon 2024-02-12 (hol). Skip 13–17 hol; 18 adj (1) … as the case above … 03-14 (20).
    [InlineData("2024-02-12", "2024-03-14")]
    // ---- 2024 清明 (hol 04-04 Thu, 05 Fri, 06 Sat; adj 04-07 Sun) and 劳动节 (adj 04-28 Sun, hol 05-01…05-05, adj 05-11 Sat) ----
    // Received Wed 2024-04-03. Skip 04–06 hol; 07 adj (1); 08–12 (2–6); 15–19 (7–11); 22–26 (12–16); wk 27; 28 adj (17);
    // 29 (18), 30 (19); skip 05-01…05 hol; 05-06 Mon (20).
    [InlineData("2024-04-03", "2024-05-06")]
    // Received Sat 2024-04-06 (hol). 07 adj (1) … as the case above … 05-06 (20).
    [InlineData("2024-04-06", "2024-05-06")]
    // Received Sun 2024-04-07 (adj). 08–12 (1–5); 15–19 (6–10); 22–26 (11–15); 28 adj (16); 29 (17), 30 (18);
    // skip 05-01…05 hol; 06 (19), 07 Tue (20).
    [InlineData("2024-04-07", "2024-05-07")]
    // Received Tue 2024-04-30. Skip 05-01…05 hol; 06–10 (1–5); 11 adj (6); wk 12; 13–17 (7–11); 20–24 (12–16); 27, 28, 29 (17–19), 30 Thu (20).
    [InlineData("2024-04-30", "2024-05-30")]
    // Received Fri 2024-05-03 (hol). Skip 04, 05 hol; 06–10 (1–5); 11 adj (6) … as the case above … 05-30 (20).
    [InlineData("2024-05-03", "2024-05-30")]
    // Received Sat 2024-05-11 (adj). wk 12; 13–17 (1–5); 20–24 (6–10); 27–31 (11–15); 06-03…07 (16–20).
    [InlineData("2024-05-11", "2024-06-07")]
    // ---- 2024 端午 (hol 06-10 Mon) ----
    // Received Fri 2024-06-07. wk 08-09; skip 10 hol; 11–14 (1–4); 17–21 (5–9); 24–28 (10–14); 07-01…05 (15–19); 08 Mon (20).
    [InlineData("2024-06-07", "2024-07-08")]
    // Received Mon 2024-06-10 (hol). 11–14 (1–4) … as the case above … 07-08 (20).
    [InlineData("2024-06-10", "2024-07-08")]
    // ---- 2024 中秋 (adj 09-14 Sat, hol 09-15…17) and 国庆 (adj 09-29 Sun, hol 10-01…07, adj 10-12 Sat) ----
    // Received Fri 2024-09-13. 14 adj (1); skip 15–17 hol; 18, 19, 20 (2–4); 23–27 (5–9); wk 28; 29 adj (10); 30 (11);
    // skip 10-01…07 hol; 08–11 (12–15); 12 adj (16); wk 13; 14, 15, 16 (17–19), 17 Thu (20).
    [InlineData("2024-09-13", "2024-10-17")]
    // Received Mon 2024-09-16 (hol). Skip 17 hol; 18, 19, 20 (1–3); 23–27 (4–8); 29 adj (9); 30 (10); skip 10-01…07 hol;
    // 08–11 (11–14); 12 adj (15); 14–17 (16–19); 18 Fri (20).
    [InlineData("2024-09-16", "2024-10-18")]
    // Received Mon 2024-09-30. Skip 10-01…07 hol; 08–11 (1–4); 12 adj (5); 14–18 (6–10); 21–25 (11–15); 28–31 (16–19); 11-01 Fri (20).
    [InlineData("2024-09-30", "2024-11-01")]
    // Received Thu 2024-10-03 (hol). Skip 04…07 hol; 08–11 (1–4); 12 adj (5) … as the case above … 11-01 (20).
    [InlineData("2024-10-03", "2024-11-01")]
    // Received Sat 2024-10-12 (adj). wk 13; 14–18 (1–5); 21–25 (6–10); 28–11-01 (11–15); 11-04…08 (16–20).
    [InlineData("2024-10-12", "2024-11-08")]
    // ---- 2025 元旦 (hol 01-01 Wed) and 春节 (adj 01-26 Sun, hol 01-28…02-04, adj 02-08 Sat) ----
    // Received Fri 2024-12-20. 23–27 (1–5); 30, 31 (6–7); skip 01-01 hol; 02, 03 (8–9); 06–10 (10–14); 13–17 (15–19); 20 Mon (20).
    [InlineData("2024-12-20", "2025-01-20")]
    // Received Tue 2024-12-31. Skip 01-01 hol; 02, 03 (1–2); 06–10 (3–7); 13–17 (8–12); 20–24 (13–17); wk 25; 26 adj (18);
    // 27 Mon (19); skip 28…02-04 hol; 02-05 Wed (20).
    [InlineData("2024-12-31", "2025-02-05")]
    // Received Wed 2025-01-01 (hol). 02, 03 (1–2) … as the case above … 02-05 (20).
    [InlineData("2025-01-01", "2025-02-05")]
    // Received Fri 2025-01-24. wk 25; 26 adj (1); 27 (2); skip 28…02-04 hol; 05, 06, 07 (3–5); 08 adj (6); wk 09;
    // 10–14 (7–11); 17–21 (12–16); 24, 25, 26 (17–19), 27 Thu (20).
    [InlineData("2025-01-24", "2025-02-27")]
    // Received Thu 2025-01-30 (hol). Skip 31…02-04 hol; 05, 06, 07 (1–3); 08 adj (4); 10–14 (5–9); 17–21 (10–14);
    // 24–28 (15–19); 03-03 Mon (20).
    [InlineData("2025-01-30", "2025-03-03")]
    // Received Sat 2025-02-08 (adj). wk 09; 10–14 (1–5); 17–21 (6–10); 24–28 (11–15); 03-03…07 (16–20).
    [InlineData("2025-02-08", "2025-03-07")]
    // ---- 2025 清明 (hol 04-04 Fri…06 Sun) and 劳动节 (adj 04-27 Sun, hol 05-01…05-05) ----
    // Received Thu 2025-04-03. Skip 04–06 hol; 07–11 (1–5); 14–18 (6–10); 21–25 (11–15); wk 26; 27 adj (16); 28, 29, 30 (17–19);
    // skip 05-01…05 hol; 05-06 Tue (20).
    [InlineData("2025-04-03", "2025-05-06")]
    // Received Sat 2025-04-05 (hol). Skip 06 hol; 07–11 (1–5) … as the case above … 05-06 (20).
    [InlineData("2025-04-05", "2025-05-06")]
    // Received Sun 2025-04-27 (adj). 28, 29, 30 (1–3); skip 05-01…05 hol; 06–09 (4–7); 12–16 (8–12); 19–23 (13–17); 26, 27 (18–19), 28 Wed (20).
    [InlineData("2025-04-27", "2025-05-28")]
    // ---- 2025 劳动节 then 端午 (hol 05-31 Sat, 06-01 Sun, 06-02 Mon) ----
    // Received Wed 2025-04-30. Skip 05-01…05 hol; 06–09 (1–4); 12–16 (5–9); 19–23 (10–14); 26–30 (15–19);
    // skip 31, 06-01, 06-02 hol; 06-03 Tue (20).
    [InlineData("2025-04-30", "2025-06-03")]
    // Received Fri 2025-05-02 (hol). Skip 03…05 hol; 06–09 (1–4) … as the case above … 06-03 (20).
    [InlineData("2025-05-02", "2025-06-03")]
    // Received Fri 2025-05-30. Skip 31, 06-01, 02 hol; 03–06 (1–4); 09–13 (5–9); 16–20 (10–14); 23–27 (15–19); 30 Mon (20).
    [InlineData("2025-05-30", "2025-06-30")]
    // Received Sun 2025-06-01 (hol). Skip 02 hol; 03–06 (1–4) … as the case above … 06-30 (20).
    [InlineData("2025-06-01", "2025-06-30")]
    // ---- 2025 国庆节、中秋节 (adj 09-28 Sun, hol 10-01…10-08, adj 10-11 Sat) ----
    // Received Fri 2025-09-26. wk 27; 28 adj (1); 29, 30 (2–3); skip 10-01…08 hol; 09, 10 (4–5); 11 adj (6); wk 12;
    // 13–17 (7–11); 20–24 (12–16); 27, 28, 29 (17–19), 30 Thu (20).
    [InlineData("2025-09-26", "2025-10-30")]
    // Received Tue 2025-09-30. Skip 10-01…08 hol; 09, 10 (1–2); 11 adj (3); 13–17 (4–8); 20–24 (9–13); 27–31 (14–18); 11-03 (19), 04 Tue (20).
    [InlineData("2025-09-30", "2025-11-04")]
    // Received Sun 2025-10-05 (hol). Skip 06…08 hol; 09, 10 (1–2); 11 adj (3) … as the case above … 11-04 (20).
    [InlineData("2025-10-05", "2025-11-04")]
    // Received Sat 2025-10-11 (adj). wk 12; 13–17 (1–5); 20–24 (6–10); 27–31 (11–15); 11-03…07 (16–20).
    [InlineData("2025-10-11", "2025-11-07")]
    // ---- 2026 元旦 (hol 01-01 Thu…03 Sat, adj 01-04 Sun) ----
    // Received Fri 2025-12-19. 22–26 (1–5); 29, 30, 31 (6–8); skip 01-01…03 hol; 04 adj (9); 05–09 (10–14); 12–16 (15–19); 19 Mon (20).
    [InlineData("2025-12-19", "2026-01-19")]
    // Received Wed 2025-12-31. Skip 01-01…03 hol; 04 adj (1); 05–09 (2–6); 12–16 (7–11); 19–23 (12–16); 26, 27, 28 (17–19), 29 Thu (20).
    [InlineData("2025-12-31", "2026-01-29")]
    // Received Fri 2026-01-02 (hol). Skip 03 hol; 04 adj (1) … as the case above … 01-29 (20).
    [InlineData("2026-01-02", "2026-01-29")]
    // Received Sun 2026-01-04 (adj). 05–09 (1–5); 12–16 (6–10); 19–23 (11–15); 26–30 (16–20).
    [InlineData("2026-01-04", "2026-01-30")]
    // ---- 2026 春节 (adj 02-14 Sat, hol 02-15 Sun…02-23 Mon, adj 02-28 Sat) ----
    // Received Fri 2026-01-30. 02-02…06 (1–5); 09–13 (6–10); 14 adj (11); skip 15…23 hol; 24–27 (12–15); 28 adj (16);
    // wk 03-01; 03-02, 03, 04 (17–19), 05 Thu (20).
    [InlineData("2026-01-30", "2026-03-05")]
    // Received Fri 2026-02-13. 14 adj (1); skip 15…23 hol; 24–27 (2–5); 28 adj (6); wk 03-01; 02–06 (7–11); 09–13 (12–16);
    // 16, 17, 18 (17–19), 19 Thu (20).
    [InlineData("2026-02-13", "2026-03-19")]
    // Received Sat 2026-02-14 (adj). Skip 15…23 hol; 24–27 (1–4); 28 adj (5); 03-02…06 (6–10); 09–13 (11–15); 16–20 (16–20).
    [InlineData("2026-02-14", "2026-03-20")]
    // Received Wed 2026-02-18 (hol). Skip 19…23 hol; 24–27 (1–4); 28 adj (5) … as the case above … 03-20 (20).
    [InlineData("2026-02-18", "2026-03-20")]
    // ---- 2026 清明 (hol 04-04 Sat…06 Mon) and 劳动节 (hol 05-01 Fri…05-05 Tue, adj 05-09 Sat) ----
    // Received Fri 2026-04-03. Skip 04–06 hol; 07–10 (1–4); 13–17 (5–9); 20–24 (10–14); 27–30 (15–18);
    // skip 05-01…05 hol; 05-06 (19), 07 Thu (20).
    [InlineData("2026-04-03", "2026-05-07")]
    // Received Mon 2026-04-06 (hol). 07–10 (1–4) … as the case above … 05-07 (20).
    [InlineData("2026-04-06", "2026-05-07")]
    // Received Thu 2026-04-30. Skip 05-01…05 hol; 06, 07, 08 (1–3); 09 adj (4); wk 10; 11–15 (5–9); 18–22 (10–14);
    // 25–29 (15–19); 06-01 Mon (20).
    [InlineData("2026-04-30", "2026-06-01")]
    // Received Mon 2026-05-04 (hol). Skip 05 hol; 06, 07, 08 (1–3); 09 adj (4) … as the case above … 06-01 (20).
    [InlineData("2026-05-04", "2026-06-01")]
    // Received Sat 2026-05-09 (adj). wk 10; 11–15 (1–5); 18–22 (6–10); 25–29 (11–15); 06-01…05 (16–20).
    [InlineData("2026-05-09", "2026-06-05")]
    // ---- 2026 端午 (hol 06-19 Fri, 20 Sat, 21 Sun) ----
    // Received Mon 2026-06-01. 02–05 (1–4); 08–12 (5–9); 15–18 (10–13); skip 19–21 hol; 22–26 (14–18); 29 (19), 30 Tue (20).
    [InlineData("2026-06-01", "2026-06-30")]
    // Received Thu 2026-06-18. Skip 19–21 hol; 22–26 (1–5); 29, 30, 07-01, 02, 03 (6–10); 06–10 (11–15); 13–17 (16–20).
    [InlineData("2026-06-18", "2026-07-17")]
    // Received Fri 2026-06-19 (hol). Skip 20, 21 hol; 22–26 (1–5) … as the case above … 07-17 (20).
    [InlineData("2026-06-19", "2026-07-17")]
    // ---- 2026 中秋 (hol 09-25 Fri…27 Sun) and 国庆 (adj 09-20 Sun, hol 10-01 Thu…10-07 Wed, adj 10-10 Sat) ----
    // Received Fri 2026-09-18. wk 19; 20 adj (1); 21–24 (2–5); skip 25–27 hol; 28, 29, 30 (6–8); skip 10-01…07 hol;
    // 08, 09 (9–10); 10 adj (11); wk 11; 12–16 (12–16); 19, 20, 21 (17–19), 22 Thu (20).
    [InlineData("2026-09-18", "2026-10-22")]
    // Received Sat 2026-09-26 (hol). Skip 27 hol; 28, 29, 30 (1–3); skip 10-01…07 hol; 08, 09 (4–5); 10 adj (6);
    // 12–16 (7–11); 19–23 (12–16); 26, 27, 28 (17–19), 29 Thu (20).
    [InlineData("2026-09-26", "2026-10-29")]
    // Received Wed 2026-09-30. Skip 10-01…07 hol; 08, 09 (1–2); 10 adj (3); 12–16 (4–8); 19–23 (9–13); 26–30 (14–18);
    // 11-02 (19), 03 Tue (20).
    [InlineData("2026-09-30", "2026-11-03")]
    // Received Sat 2026-10-10 (adj). wk 11; 12–16 (1–5); 19–23 (6–10); 26–30 (11–15); 11-02…06 (16–20).
    [InlineData("2026-10-10", "2026-11-06")]
    // ---- ordinary months and year ends ----
    // Received Wed 2023-03-01, no holiday in reach. 02, 03 (1–2); 06–10 (3–7); 13–17 (8–12); 20–24 (13–17); 27, 28, 29 (18–20).
    [InlineData("2023-03-01", "2023-03-29")]
    // Received Sat 2023-03-04. wk 05; 06–10 (1–5); 13–17 (6–10); 20–24 (11–15); 27–31 (16–20).
    [InlineData("2023-03-04", "2023-03-31")]
    // Received Mon 2026-11-30. 12-01…04 (1–4); 07–11 (5–9); 14–18 (10–14); 21–25 (15–19); 28 Mon (20). Stays inside 2026.
    [InlineData("2026-11-30", "2026-12-28")]
    public void DueDate_IsTwentyWorkingDaysAfterReceipt_SkippingHolidaysAndCountingAdjustedWorkdays(string received, string expectedDue)
    {
        var deadline = Compute(received);

        Assert.Equal(ReplyClockState.Running, deadline.State);
        Assert.Equal(D(expectedDue), deadline.DueDate);
        Assert.False(deadline.Provisional);
        Assert.Empty(deadline.Warnings);
    }

    [Theory]
    // 2027 is not in the calendar: its days are judged on weekends alone and the result is provisional.
    // Received Thu 2026-12-10. 11 (1); 14–18 (2–6); 21–25 (7–11); 28–31 (12–15); 2027-01-01 Fri (16, no schedule: a weekday);
    // wk 02-03; 04, 05, 06 (17–19), 07 Thu (20).
    [InlineData("2026-12-10", "2027-01-07")]
    // Received Thu 2026-12-31. 2027-01-01 Fri (1); wk 02-03; 04–08 (2–6); 11–15 (7–11); 18–22 (12–16); 25, 26, 27 (17–19), 28 Thu (20).
    [InlineData("2026-12-31", "2027-01-28")]
    public void DueDate_WhenPeriodRunsIntoUncoveredYear_IsComputedOnWeekendsAndMarkedProvisional(string received, string expectedDue)
    {
        var deadline = Compute(received);

        Assert.Equal(D(expectedDue), deadline.DueDate);
        Assert.True(deadline.Provisional);
        Assert.Equal([2027], deadline.ProvisionalYears);
        Assert.Contains(deadline.Warnings, w => w.Kind == DeadlineWarningKind.ProvisionalCalendar);
        Assert.Contains("2027年", deadline.Explanation);
        Assert.Contains("暂定", deadline.Explanation);
        Assert.Contains("暂定", deadline.Summary);
    }
}
