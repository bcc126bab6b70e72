#!/usr/bin/env python3
"""Build www/data/khanh-hoa.json, the default chiso/1 dataset (Khánh Hòa province).

Usage:
    python3 tools/build_default_dataset.py [--seeds DIR] [--out FILE]

The long tables are read from the Vietnamese source documents (tab-separated text files):
  - 001 Appendix I  (2030/2045 targets: row numbers, exact Vietnamese names, units, published
    "Kết quả" wording, lead agencies),
  - 001 Appendix II (the 79 tasks: exact titles, leads, coordinators, deadlines, notes),
  - 004 Appendix    (the 9 Q2/2026 tasks).
Everything else (the DTI framework of 003 Appendix I, whose merged cells are flattened in the
text file; reported scores and figures of 000; English translations; comparators) is written by
hand below, with the section of the source it comes from.

Standard library only. The output is deterministic (same seeds -> byte-identical file).
Every number not in the sources carries `"illustrative": true` and cites the source id
`illustrative`.
"""

import os
import argparse
import json
import pathlib
import re
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pii_table  # noqa: E402  (tools/pii_table.py, beside this script)

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = pathlib.Path("/work/shared/seeds")
DEFAULT_OUT = ROOT / "www" / "data" / "khanh-hoa.json"


def T(vi, en):
    """A bilingual text."""
    return {"vi": vi, "en": en}


def src(sid, section=""):
    return {"id": sid, "section": section}


ILL = "illustrative"

# ---------------------------------------------------------------------------------------------
# Meta and sources
# ---------------------------------------------------------------------------------------------

META = {
    "title": T(
        "Tiến độ chuyển đổi số và đổi mới sáng tạo tỉnh Khánh Hòa",
        "Digital transformation and innovation progress of Khánh Hòa province",
    ),
    "publisher": T(
        "Sở Khoa học và Công nghệ tỉnh Khánh Hòa — bộ dữ liệu trình diễn, biên soạn từ các "
        "văn bản nguồn đã ban hành (không phải ấn phẩm chính thức)",
        "Khánh Hòa Department of Science and Technology — demonstration dataset compiled from "
        "the issued source documents (not an official publication)",
    ),
    "published": "2026-04-24",
    "as_of": "2026-04-24",
    "version": "2026.1",
    "licence": "CC-BY-4.0",
    "province": "khanh-hoa",
    "notes": [
        T(
            "Bộ dữ liệu trình diễn, biên soạn từ 4 văn bản: Báo cáo 05-BC/BCĐ (000), Quyết định "
            "512/QĐ-UBND (001), Kế hoạch nâng cao DTI (003) và Thông báo 08-TB/BCĐ (004). Mỗi số "
            "liệu ghi rõ văn bản và mục trích dẫn.",
            "Demonstration dataset compiled from four documents: Report 05-BC/BCĐ (000), Decision "
            "512/QĐ-UBND (001), the DTI improvement plan (003) and Notice 08-TB/BCĐ (004). Every "
            "figure cites its document and section.",
        ),
        T(
            "Điểm các chỉ số thành phần DTI trong Báo cáo 000 (mục III-b.6) không nêu năm đánh "
            "giá; bộ dữ liệu giả định là kỳ đánh giá DTI 2024 — chưa được xác nhận.",
            "The DTI component points in report 000 (section III-b.6) do not state their "
            "assessment year; this dataset assumes the DTI 2024 assessment — unconfirmed.",
        ),
        T(
            "Các Phụ lục I–III của Báo cáo 000 (kết quả từng chỉ tiêu, kết quả từng nhiệm vụ) "
            "không có trong tệp nguồn, nên chưa có giá trị đạt được cho phần lớn chỉ tiêu và "
            "không có trạng thái nhiệm vụ.",
            "Appendices I–III of report 000 (achieved value of each target, result of each task) "
            "are missing from the source file, so most targets have no achieved value and no task "
            "has a status.",
        ),
        T(
            "Tổng điểm DTI của các tỉnh, thành phố so sánh, lộ trình giải ngân theo tháng năm 2026 "
            "và số giải ngân quý I/2026 là số liệu minh họa, không phải số liệu chính thức.",
            "The DTI totals of the peer provinces, the 2026 monthly disbursement roadmap and the "
            "Q1/2026 disbursement are illustrative figures, not official ones.",
        ),
        T(
            "Quyết định 512/QĐ-UBND đã được thay thế bởi Quyết định 1689/QĐ-UBND ngày 19/6/2025 "
            "(không có trong bộ văn bản); các chỉ tiêu 2030/2045 là chỉ tiêu tại thời điểm "
            "02/2025, khi cả nước còn 63 tỉnh, thành phố.",
            "Decision 512/QĐ-UBND was replaced by Decision 1689/QĐ-UBND of 19/06/2025 (not in the "
            "document set); the 2030/2045 targets are those of February 2025, set when there were "
            "63 provinces and cities.",
        ),
        T(
            "Quy tắc quy đổi điểm cho các chỉ số 4.2, 4.5 và các chỉ số có/không của nhóm 1–2 là "
            "giả định minh họa; chỉ ngưỡng của 8.2 (≥ 50%) và 8.3 (≥ 70%) được nêu trong nguồn.",
            "The scoring rules of indicators 4.2, 4.5 and the yes/no items of groups 1–2 are "
            "illustrative assumptions; only the thresholds of 8.2 (≥ 50%) and 8.3 (≥ 70%) are "
            "stated in the sources.",
        ),
    ],
}

SOURCES = [
    {
        "id": "000",
        "number": "05-BC/BCĐ",
        "date": "2026-01-06",
        "issuer": T(
            "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
            "tỉnh Khánh Hòa (Tỉnh ủy Khánh Hòa)",
            "Khánh Hòa Provincial Steering Committee for Science, Technology, Innovation and "
            "Digital Transformation (Provincial Party Committee)",
        ),
        "title": T(
            "Báo cáo kết quả thực hiện Nghị quyết số 48-NQ/TU ngày 20/02/2025 của Ban Chấp hành "
            "Đảng bộ tỉnh Khánh Hòa về triển khai thực hiện Nghị quyết số 57-NQ/TW ngày "
            "22/12/2024 của Bộ Chính trị năm 2025, phương hướng, nhiệm vụ năm 2026",
            "Report on the 2025 results of implementing Provincial Party Resolution 48-NQ/TU "
            "(20/02/2025) on Politburo Resolution 57-NQ/TW (22/12/2024); directions and tasks for "
            "2026",
        ),
        "note": T(
            "Báo cáo đánh số hai mục là \"III\"; bộ dữ liệu gọi mục thứ hai (Đánh giá chung) là "
            "\"III-b\". Các Phụ lục I–III được dẫn chiếu nhưng không có trong tệp.",
            "The report numbers two sections \"III\"; this dataset calls the second one (overall "
            "assessment) \"III-b\". Appendices I–III are referenced but missing from the file.",
        ),
    },
    {
        "id": "001",
        "number": "512/QĐ-UBND",
        "date": "2025-02-21",
        "issuer": T("Ủy ban nhân dân tỉnh Khánh Hòa", "Khánh Hòa Provincial People's Committee"),
        "title": T(
            "Quyết định về việc ban hành Chương trình hành động thực hiện Nghị quyết số 03/NQ-CP "
            "ngày 09/01/2025 của Chính phủ và Nghị quyết số 48-NQ/TU ngày 20/02/2025 của Ban Chấp "
            "hành Đảng bộ tỉnh Khánh Hòa thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ "
            "Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
            "số quốc gia",
            "Decision issuing the Action Programme implementing Government Resolution 03/NQ-CP "
            "(09/01/2025) and Provincial Party Resolution 48-NQ/TU (20/02/2025) on Politburo "
            "Resolution 57-NQ/TW (22/12/2024) on breakthroughs in science, technology, innovation "
            "and national digital transformation",
        ),
        "note": T(
            "Đã được thay thế bởi Quyết định 1689/QĐ-UBND ngày 19/6/2025 (theo Báo cáo 000 mục "
            "I.1); các nhiệm vụ đang thực hiện theo Quyết định 512 tiếp tục thực hiện. Ban hành "
            "trước khi hợp nhất tỉnh (còn nhắc cấp huyện). Tệp kết thúc ngay sau nhiệm vụ 79, có "
            "thể bị cắt.",
            "Replaced by Decision 1689/QĐ-UBND of 19/06/2025 (per report 000, section I.1); tasks "
            "already under way under Decision 512 continue. Issued before the provincial merger "
            "(still mentions districts). The file ends right after task 79 and may be cut off.",
        ),
    },
    {
        "id": "003",
        "number": "4636/KH-UBND",
        "date": "2025-09-29",
        "issuer": T("Ủy ban nhân dân tỉnh Khánh Hòa", "Khánh Hòa Provincial People's Committee"),
        "title": T(
            "Kế hoạch nâng cao chỉ số xếp hạng đánh giá chuyển đổi số (DTI) tỉnh Khánh Hòa năm "
            "2025 và các năm tiếp theo",
            "Plan to improve Khánh Hòa's Digital Transformation Index (DTI) ranking in 2025 and "
            "the following years",
        ),
        "note": T(
            "Tệp không ghi số và ngày (\"Kế hoạch số   /KH-UBND ngày   tháng   năm 2025\"); số "
            "4636/KH-UBND ngày 29/9/2025 được suy ra từ Báo cáo 000 (mục I.1 và III.5), nơi kế "
            "hoạch cùng tên được trích dẫn.",
            "The file leaves the number and date blank; number 4636/KH-UBND of 29/09/2025 is "
            "inferred from report 000 (sections I.1 and III.5), which cites a plan with exactly "
            "this title.",
        ),
    },
    {
        "id": "004",
        "number": "08-TB/BCĐ",
        "date": "2026-04-24",
        "issuer": T(
            "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
            "tỉnh Khánh Hòa (Tỉnh ủy Khánh Hòa)",
            "Khánh Hòa Provincial Steering Committee for Science, Technology, Innovation and "
            "Digital Transformation (Provincial Party Committee)",
        ),
        "title": T(
            "Thông báo kết luận của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng "
            "tạo và chuyển đổi số tỉnh tại hội nghị giao ban Quý I/2026 của Thường trực Ban Chỉ "
            "đạo tỉnh",
            "Notice of the Steering Committee's conclusions at the Q1/2026 briefing of its "
            "standing members",
        ),
        "note": T(
            "Hội nghị họp ngày 16/4/2026.",
            "The briefing was held on 16/04/2026.",
        ),
    },
    {
        "id": ILL,
        "number": "—",
        "date": "",
        "issuer": T(
            "Nhóm biên soạn bộ dữ liệu trình diễn (không phải cơ quan nhà nước)",
            "Compilers of the demonstration dataset (not a government body)",
        ),
        "title": T(
            "Số liệu minh họa — không phải số liệu chính thức",
            "Illustrative figures — not official",
        ),
        "note": T(
            "Số liệu do nhóm biên soạn đặt ra để minh họa biểu đồ (so sánh tỉnh, tiến độ giải "
            "ngân); không được trích từ văn bản nào.",
            "Figures made up by the compilers so that charts (peer comparison, disbursement pace) "
            "can be shown; they are not taken from any document.",
        ),
    },
]

# ---------------------------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------------------------


def E(id_, kind, vi, en, short_vi=None, short_en=None):
    e = {"id": id_, "kind": kind, "name": T(vi, en)}
    if short_vi:
        e["short"] = T(short_vi, short_en or short_vi)
    return e


ENTITIES = [
    E("khanh-hoa", "province", "Tỉnh Khánh Hòa", "Khánh Hòa province", "Khánh Hòa", "Khánh Hòa"),
    # Provincial agencies.
    E("so-khcn", "agency", "Sở Khoa học và Công nghệ", "Department of Science and Technology",
      "Sở KH&CN", "DOST"),
    E("so-noi-vu", "agency", "Sở Nội vụ", "Department of Home Affairs", "Sở Nội vụ",
      "Home Affairs"),
    E("so-tai-chinh", "agency", "Sở Tài chính", "Department of Finance", "Sở Tài chính",
      "Finance"),
    E("so-cong-thuong", "agency", "Sở Công Thương", "Department of Industry and Trade",
      "Sở Công Thương", "Industry & Trade"),
    E("so-vhttdl", "agency", "Sở Văn hóa, Thể thao và Du lịch",
      "Department of Culture, Sports and Tourism", "Sở VHTTDL", "Culture, Sports & Tourism"),
    E("so-gddt", "agency", "Sở Giáo dục và Đào tạo", "Department of Education and Training",
      "Sở GD&ĐT", "Education"),
    E("so-y-te", "agency", "Sở Y tế", "Department of Health", "Sở Y tế", "Health"),
    E("so-xay-dung", "agency", "Sở Xây dựng", "Department of Construction", "Sở Xây dựng",
      "Construction"),
    E("so-nn-mt", "agency", "Sở Nông nghiệp và Môi trường",
      "Department of Agriculture and Environment", "Sở NN&MT", "Agriculture & Environment"),
    E("so-tu-phap", "agency", "Sở Tư pháp", "Department of Justice", "Sở Tư pháp", "Justice"),
    E("vp-ubnd", "agency", "Văn phòng Ủy ban nhân dân tỉnh",
      "Office of the Provincial People's Committee", "VP UBND tỉnh", "PPC Office"),
    E("cong-an", "agency", "Công an tỉnh", "Provincial Police", "Công an tỉnh", "Police"),
    E("bch-quan-su", "agency", "Bộ Chỉ huy quân sự tỉnh", "Provincial Military Command",
      "BCH Quân sự tỉnh", "Military Command"),
    E("vp-tinh-uy", "agency", "Văn phòng Tỉnh ủy", "Office of the Provincial Party Committee",
      "VP Tỉnh ủy", "Party Committee Office"),
    E("ban-tgdv", "agency", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
      "Propaganda and Mass Mobilization Commission of the Provincial Party Committee",
      "Ban TG&DV Tỉnh ủy", "Propaganda Commission"),
    E("ban-to-chuc", "agency", "Ban Tổ chức Tỉnh ủy",
      "Organization Commission of the Provincial Party Committee", "Ban Tổ chức Tỉnh ủy",
      "Organization Commission"),
    E("bql-kkt-van-phong", "agency", "Ban Quản lý Khu Kinh tế Vân Phong",
      "Van Phong Economic Zone Authority", "BQL KKT Vân Phong", "Van Phong EZ Authority"),
    E("cong-ttdt", "agency", "Cổng Thông tin điện tử tỉnh", "Provincial web portal",
      "Cổng TTĐT tỉnh", "Provincial portal"),
    # Groups.
    E("cac-so-nganh", "group", "Các sở, ban, ngành", "All provincial departments and agencies",
      "Sở, ban, ngành", "Departments"),
    E("cac-dia-phuong", "group", "Các địa phương", "All localities", "Địa phương",
      "Localities"),
    E("cac-so-nganh-dia-phuong", "group", "Các sở, ban, ngành, địa phương",
      "All provincial departments, agencies and localities", "Sở, ngành, địa phương",
      "Departments & localities"),
    E("xa-phuong", "group", "Ủy ban nhân dân các xã, phường, đặc khu",
      "People's Committees of the communes, wards and special zone", "UBND xã, phường",
      "Communes & wards"),
    E("co-quan-lien-quan", "group", "Các cơ quan, đơn vị liên quan",
      "Other agencies and units concerned", "Cơ quan liên quan", "Agencies concerned"),
    E("to-chuc-ca-nhan", "group", "Các tổ chức, cá nhân liên quan",
      "Organisations and individuals concerned", "Tổ chức, cá nhân", "Organisations"),
    E("vien-truong", "group",
      "Các viện nghiên cứu, trường đại học và cơ sở giáo dục trên địa bàn tỉnh",
      "Research institutes, universities and education institutions in the province",
      "Viện, trường", "Institutes & universities"),
    E("don-vi-duoc-giao", "group", "Các đơn vị được giao nhiệm vụ", "Units assigned tasks",
      "Đơn vị được giao", "Assigned units"),
    E("dang-uy-truc-thuoc", "group", "Các đảng ủy trực thuộc Tỉnh ủy",
      "Party committees under the Provincial Party Committee", "Đảng ủy trực thuộc",
      "Affiliated Party committees"),
    # Bodies outside the provincial government.
    E("doanh-nghiep-vien-thong", "external", "Các doanh nghiệp viễn thông",
      "Telecom operators", "DN viễn thông", "Telecom operators"),
    E("nhnn-khanh-hoa", "external", "Ngân hàng Nhà nước Chi nhánh Khánh Hòa",
      "State Bank of Vietnam, Khánh Hòa branch", "NHNN Khánh Hòa", "State Bank branch"),
    E("kho-bac", "external", "Kho bạc Nhà nước tỉnh", "Provincial State Treasury", "Kho bạc",
      "State Treasury"),
    E("thong-ke", "external", "Cục Thống kê tỉnh Khánh Hòa (Thống kê tỉnh)",
      "Khánh Hòa Statistics Office", "Thống kê tỉnh", "Statistics"),
    E("cuc-thue", "external", "Cục Thuế tỉnh", "Provincial Tax Department", "Cục Thuế", "Tax"),
    E("bhxh", "external", "Bảo hiểm xã hội tỉnh", "Provincial Social Insurance", "BHXH tỉnh",
      "Social Insurance"),
    E("bao-ptth-khanh-hoa", "external", "Báo và Phát thanh, Truyền hình Khánh Hòa",
      "Khánh Hòa Newspaper and Radio-Television", "Báo và PT-TH Khánh Hòa",
      "Newspaper & Radio-TV"),
    E("dai-ptth-khanh-hoa", "external", "Đài Phát thanh – Truyền hình Khánh Hòa",
      "Khánh Hòa Radio and Television Station", "Đài PTTH Khánh Hòa", "Radio-TV"),
    E("bao-khanh-hoa", "external", "Báo Khánh Hòa", "Khánh Hòa Newspaper", "Báo Khánh Hòa",
      "Khánh Hòa Newspaper"),
    E("lien-hiep-hoi-khkt", "external", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa",
      "Khánh Hòa Union of Science and Technology Associations", "Liên hiệp Hội KH&KT",
      "Union of S&T Associations"),
    E("hiep-hoi-doanh-nghiep", "external",
      "Các hiệp hội doanh nghiệp, doanh nghiệp liên quan",
      "Business associations and enterprises concerned", "Hiệp hội doanh nghiệp",
      "Business associations"),
    E("dh-nha-trang", "external", "Trường Đại học Nha Trang", "Nha Trang University",
      "ĐH Nha Trang", "Nha Trang University"),
    E("vien-hai-duong-hoc", "external", "Viện Hải dương học", "Institute of Oceanography",
      "Viện Hải dương học", "Institute of Oceanography"),
    E("vien-vac-xin-nha-trang", "external", "Viện Vắc xin và sinh phẩm y tế Nha Trang",
      "Institute of Vaccines and Medical Biologicals, Nha Trang", "Viện Vắc xin (IVAC)",
      "Vaccine Institute (IVAC)"),
    E("vien-pasteur-nha-trang", "external", "Viện Pasteur Nha Trang", "Pasteur Institute Nha Trang",
      "Viện Pasteur", "Pasteur Institute"),
    E("dh-thong-tin-lien-lac", "external", "Trường Đại học Thông tin liên lạc",
      "Telecommunications University", "ĐH Thông tin liên lạc", "Telecommunications University"),
    E("hv-hai-quan", "external", "Học viện Hải quân", "Naval Academy", "Học viện Hải quân",
      "Naval Academy"),
    E("truong-si-quan-khong-quan", "external", "Trường Sĩ quan Không quân", "Air Force Officers' College",
      "Trường SQ Không quân", "Air Force College"),
    E("tt-nhiet-doi-viet-nga", "external", "Trung tâm Nhiệt đới Việt – Nga, Chi nhánh Ven biển",
      "Vietnam–Russia Tropical Centre, Coastal Branch", "TT Nhiệt đới Việt – Nga",
      "Tropical Centre"),
]

# Peer provinces (post-July-2025 units) with ILLUSTRATIVE DTI 2024 totals.
PEERS = [
    ("da-nang", "Thành phố Đà Nẵng", "Da Nang city", "Đà Nẵng", "Da Nang", 798.6),
    ("ha-noi", "Thành phố Hà Nội", "Hanoi city", "Hà Nội", "Hanoi", 781.2),
    ("ho-chi-minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "TP. Hồ Chí Minh", "HCMC", 769.5),
    ("hai-phong", "Thành phố Hải Phòng", "Hai Phong city", "Hải Phòng", "Hai Phong", 742.8),
    ("quang-ninh", "Tỉnh Quảng Ninh", "Quang Ninh province", "Quảng Ninh", "Quang Ninh", 735.1),
    ("bac-ninh", "Tỉnh Bắc Ninh", "Bac Ninh province", "Bắc Ninh", "Bac Ninh", 703.4),
    ("hue", "Thành phố Huế", "Hue city", "Huế", "Hue", 648.9),
    ("can-tho", "Thành phố Cần Thơ", "Can Tho city", "Cần Thơ", "Can Tho", 631.7),
    ("dong-nai", "Tỉnh Đồng Nai", "Dong Nai province", "Đồng Nai", "Dong Nai", 619.3),
    ("lam-dong", "Tỉnh Lâm Đồng", "Lam Dong province", "Lâm Đồng", "Lam Dong", 572.5),
]
# The other 23 provinces and cities of the 34, also with ILLUSTRATIVE totals, so that the published
# rank (16/34) has a place among the peers: five between Lâm Đồng and Khánh Hòa, eighteen below.
# The what-if anchors Khánh Hòa's estimated total midway between the 15th and 16th of these.
PEERS_MORE = [
    ("thai-nguyen", "Tỉnh Thái Nguyên", "Thai Nguyen province", "Thái Nguyên", "Thai Nguyen", 566.8),
    ("ninh-binh", "Tỉnh Ninh Bình", "Ninh Binh province", "Ninh Bình", "Ninh Binh", 559.4),
    ("thanh-hoa", "Tỉnh Thanh Hóa", "Thanh Hoa province", "Thanh Hóa", "Thanh Hoa", 551.0),
    ("hung-yen", "Tỉnh Hưng Yên", "Hung Yen province", "Hưng Yên", "Hung Yen", 547.3),
    ("phu-tho", "Tỉnh Phú Thọ", "Phu Tho province", "Phú Thọ", "Phu Tho", 541.6),
    ("quang-ngai", "Tỉnh Quảng Ngãi", "Quang Ngai province", "Quảng Ngãi", "Quang Ngai", 534.2),
    ("nghe-an", "Tỉnh Nghệ An", "Nghe An province", "Nghệ An", "Nghe An", 528.7),
    ("tay-ninh", "Tỉnh Tây Ninh", "Tay Ninh province", "Tây Ninh", "Tay Ninh", 521.5),
    ("vinh-long", "Tỉnh Vĩnh Long", "Vinh Long province", "Vĩnh Long", "Vinh Long", 515.0),
    ("an-giang", "Tỉnh An Giang", "An Giang province", "An Giang", "An Giang", 509.8),
    ("gia-lai", "Tỉnh Gia Lai", "Gia Lai province", "Gia Lai", "Gia Lai", 502.3),
    ("ha-tinh", "Tỉnh Hà Tĩnh", "Ha Tinh province", "Hà Tĩnh", "Ha Tinh", 496.1),
    ("dong-thap", "Tỉnh Đồng Tháp", "Dong Thap province", "Đồng Tháp", "Dong Thap", 488.4),
    ("quang-tri", "Tỉnh Quảng Trị", "Quang Tri province", "Quảng Trị", "Quang Tri", 481.9),
    ("lao-cai", "Tỉnh Lào Cai", "Lao Cai province", "Lào Cai", "Lao Cai", 473.6),
    ("dak-lak", "Tỉnh Đắk Lắk", "Dak Lak province", "Đắk Lắk", "Dak Lak", 466.2),
    ("ca-mau", "Tỉnh Cà Mau", "Ca Mau province", "Cà Mau", "Ca Mau", 458.7),
    ("tuyen-quang", "Tỉnh Tuyên Quang", "Tuyen Quang province", "Tuyên Quang", "Tuyen Quang", 449.5),
    ("lang-son", "Tỉnh Lạng Sơn", "Lang Son province", "Lạng Sơn", "Lang Son", 441.3),
    ("son-la", "Tỉnh Sơn La", "Son La province", "Sơn La", "Son La", 432.8),
    ("cao-bang", "Tỉnh Cao Bằng", "Cao Bang province", "Cao Bằng", "Cao Bang", 421.6),
    ("dien-bien", "Tỉnh Điện Biên", "Dien Bien province", "Điện Biên", "Dien Bien", 410.2),
    ("lai-chau", "Tỉnh Lai Châu", "Lai Chau province", "Lai Châu", "Lai Chau", 395.4),
]
for pid, vi, en, svi, sen, _ in PEERS + PEERS_MORE:
    ENTITIES.append(E(pid, "peer_province", vi, en, svi, sen))

# How agency names are written in the sources -> entity ids. Matched case-insensitively, longest
# first; whatever is left of a cell after matching may only be separators and connecting words.
ALIASES = [
    ("Sở Khoa học và Công nghệ", ["so-khcn"]),
    ("Sở Khoa học, Công nghệ", ["so-khcn"]),
    ("Sở KH&CN", ["so-khcn"]),
    ("Sở KHCN", ["so-khcn"]),
    ("Sở Nội vụ", ["so-noi-vu"]),
    ("Sở Tài chính", ["so-tai-chinh"]),
    ("Sở Công Thương", ["so-cong-thuong"]),
    ("Sở Văn hóa – Thể thao và Du lịch", ["so-vhttdl"]),
    ("Sở Văn hóa, Thể thao và Du lịch", ["so-vhttdl"]),
    ("Sở VHTTDL", ["so-vhttdl"]),
    ("Sở Giáo dục và Đào tạo", ["so-gddt"]),
    ("Sở Y tế", ["so-y-te"]),
    ("Sở Xây dựng", ["so-xay-dung"]),
    ("Sở Nông nghiệp và Môi trường", ["so-nn-mt"]),
    ("Sở Tư pháp", ["so-tu-phap"]),
    ("Văn phòng UBND tỉnh", ["vp-ubnd"]),
    ("Công an tỉnh", ["cong-an"]),
    ("Bộ Chỉ huy quân sự tỉnh", ["bch-quan-su"]),
    ("Văn phòng Tỉnh ủy", ["vp-tinh-uy"]),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", ["ban-tgdv"]),
    ("Ban Tổ chức Tỉnh ủy", ["ban-to-chuc"]),
    ("Ban Bản lý Khu Kinh tế Vân Phong", ["bql-kkt-van-phong"]),  # sic in 001 tasks 70, 74
    ("Ban Quản lý Khu Kinh tế Vân Phong", ["bql-kkt-van-phong"]),
    ("Cổng TTĐT tỉnh", ["cong-ttdt"]),
    ("Ngân hàng Nhà nước Chi nhánh Khánh Hòa", ["nhnn-khanh-hoa"]),
    ("Kho bạc Nhà nước tỉnh", ["kho-bac"]),
    ("Cục Thống kê tỉnh", ["thong-ke"]),
    ("Thống kê tỉnh", ["thong-ke"]),
    ("Cục thuế tỉnh", ["cuc-thue"]),
    ("BHXH tỉnh", ["bhxh"]),
    ("Bảo hiểm Xã hội tỉnh", ["bhxh"]),
    ("Đài PTTH Khánh Hòa", ["dai-ptth-khanh-hoa"]),
    ("Báo Khánh Hòa", ["bao-khanh-hoa"]),
    ("Báo và Phát thanh, Truyền hình Khánh Hòa", ["bao-ptth-khanh-hoa"]),
    ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa", ["lien-hiep-hoi-khkt"]),
    ("Liên hiệp các Hội Khoa học và Kỹ thuật Khánh Hòa", ["lien-hiep-hoi-khkt"]),
    ("Doanh nghiệp viễn thông", ["doanh-nghiep-vien-thong"]),
    ("Trường Đại học Nha Trang", ["dh-nha-trang"]),
    ("Viện Hải Dương học", ["vien-hai-duong-hoc"]),
    ("Viện Vắc xin và sinh phẩm y tế Nha Trang", ["vien-vac-xin-nha-trang"]),
    ("Viện Pasteur Nha Trang", ["vien-pasteur-nha-trang"]),
    ("Trường Đại học thông tin liên lạc", ["dh-thong-tin-lien-lac"]),
    ("Học viện Hải quân", ["hv-hai-quan"]),
    ("Trường Sĩ quan Không quân", ["truong-si-quan-khong-quan"]),
    ("Trung tâm Nhiệt đới Việt Nga – Chi nhánh ven biển", ["tt-nhiet-doi-viet-nga"]),
    ("hiệp hội doanh nghiệp, doanh nghiệp liên quan", ["hiep-hoi-doanh-nghiep"]),
    ("Đảng ủy trực thuộc", ["dang-uy-truc-thuoc"]),
    # Groups.
    ("Các sở, ban, ngành, viện trường, địa phương", ["cac-so-nganh-dia-phuong", "vien-truong"]),
    ("Các sở, ban, ngành, viện, trường, địa phương", ["cac-so-nganh-dia-phuong", "vien-truong"]),
    ("Các sở, ban, ngành, địa phương", ["cac-so-nganh-dia-phuong"]),
    ("Các sở, ban, ngành, các địa phương", ["cac-so-nganh-dia-phuong"]),
    ("Các sở, ban, ngành và địa phương", ["cac-so-nganh-dia-phuong"]),
    ("Các sở, ban ngành, địa phương", ["cac-so-nganh-dia-phuong"]),
    ("Các sở, ngành, địa phương", ["cac-so-nganh-dia-phuong"]),
    ("Sở, ban, ngành, địa phương", ["cac-so-nganh-dia-phuong"]),
    ("Sở, ngành địa phương", ["cac-so-nganh-dia-phuong"]),
    ("Các sở, ban, ngành", ["cac-so-nganh"]),
    ("Sở, ban, ngành", ["cac-so-nganh"]),
    ("Các địa phương", ["cac-dia-phuong"]),
    ("Địa phương đủ điều kiện", ["cac-dia-phuong"]),
    ("UBND các xã, phường", ["xa-phuong"]),
    ("cơ quan, đơn vị, địa phương có liên quan", ["co-quan-lien-quan", "cac-dia-phuong"]),
    ("các cơ quan, đơn vị có liên quan", ["co-quan-lien-quan"]),
    ("các cơ quan, đơn vị liên quan", ["co-quan-lien-quan"]),
    ("các cơ quan liên quan", ["co-quan-lien-quan"]),
    ("các tổ chức, cá nhân liên quan", ["to-chuc-ca-nhan"]),
    ("Các trường đại học, cơ sở giáo dục", ["vien-truong"]),
    ("Đơn vị được giao nhiệm vụ", ["don-vi-duoc-giao"]),
]
LEFTOVER_OK = re.compile(r"^(?:[\s,;.]|\bvà\b|\bcác\b|\bliên quan\b|\bcó\b)*$", re.I)


def agencies(text, where):
    """Entity ids named in an agency cell, in order of appearance."""
    s = re.sub(r"\s+", " ", text).strip()
    if not s:
        return []
    found = []
    work = s
    for alias, ids in sorted(ALIASES, key=lambda a: (-len(a[0]), a[0])):
        for m in re.finditer(re.escape(alias), work, re.I):
            found.append((m.start(), ids))
        work = re.sub(re.escape(alias), lambda m: "\0" * len(m.group(0)), work, flags=re.I)
    leftover = work.replace("\0", " ")
    if not LEFTOVER_OK.match(leftover):
        raise SystemExit(f"{where}: unmatched agency text {leftover.strip()!r} in {s!r}")
    out = []
    for _, ids in sorted(found, key=lambda f: f[0]):
        for i in ids:
            if i not in out:
                out.append(i)
    return out


# ---------------------------------------------------------------------------------------------
# Reading the tab-separated tables of the seeds
# ---------------------------------------------------------------------------------------------


def seed_text(seeds, prefix):
    files = sorted(seeds.glob(f"{prefix}_*.txt"))
    if len(files) != 1:
        raise SystemExit(f"expected one {prefix}_*.txt in {seeds}, found {files}")
    return files[0].read_text(encoding="utf-8")


def join_cell(a, b):
    a, b = a.strip(), b.strip()
    if not a:
        return b
    if not b:
        return a
    if a.endswith("-") and not a.endswith(" -"):
        return a + b
    return a + " " + b


def read_table(lines, ncols, header_prefix):
    """Rows of a page-broken table: continuation rows (empty first cell) are merged upward."""
    rows = []
    for line in lines:
        if not line.strip() or line.startswith(header_prefix):
            continue
        cells = line.split("\t")
        if len(cells) < 2:
            continue
        cells = (cells + [""] * ncols)[:ncols]
        if cells[0].strip() == "" and rows:
            prev = rows[-1]
            for k in range(1, ncols):
                prev[k] = join_cell(prev[k], cells[k])
            continue
        rows.append([c.strip() for c in cells])
    return rows


def strip_tags(s):
    return re.sub(r"</?b>", "", s).strip()


# ---------------------------------------------------------------------------------------------
# The DTI framework (003 Appendix I), written by hand: the text file flattens merged cells.
# ---------------------------------------------------------------------------------------------

S_003_APP1 = src("003", "Appendix I")

# code, parent, max, vi (003 wording), en, responsible, coordinating, unit, inferred(*)
DTI = [
    ("1", "DTI", 50, "Nhận thức số", "Digital awareness", None, [], None, False),
    ("1.1", "1", 10,
     "Người đứng đầu Tỉnh, thành phố (Bí thư hoặc Chủ tịch Tỉnh, thành phố) là Trưởng ban Ban chỉ "
     "đạo về chuyển đổi số của tỉnh",
     "The province's top leader (Party Secretary or Chairman) heads the provincial digital "
     "transformation steering committee",
     "so-khcn", ["vp-tinh-uy", "vp-ubnd"], "yes_no", False),
    ("1.2", "1", 10, "Ban hành các văn bản chỉ đạo chuyên đề về chuyển đổi số",
     "Thematic directive documents on digital transformation issued",
     "so-khcn", ["vp-tinh-uy", "vp-ubnd"], "yes_no", True),
    ("1.3", "1", 10,
     "Các Cổng thông tin điện tử của tỉnh, thành phố có chuyên mục riêng về chuyển đổi số hoặc có "
     "chuyên trang cấp tỉnh về chuyển đổi số",
     "Provincial web portals have a dedicated digital transformation section, or a provincial "
     "digital transformation page exists",
     "so-khcn", ["cac-so-nganh-dia-phuong"], "yes_no", False),
    ("1.4", "1", 10, "Cơ quan báo chí của tỉnh, thành phố có chuyên mục riêng về chuyển đổi số",
     "Provincial press outlets have a dedicated digital transformation column",
     "so-vhttdl", ["bao-ptth-khanh-hoa"], "yes_no", False),
    ("1.5", "1", 10,
     "Báo và Phát thanh, Truyền hình Khánh Hòa có chuyên mục riêng về chuyển đổi số",
     "Khánh Hòa Newspaper and Radio-Television has a dedicated digital transformation column",
     "so-vhttdl", ["bao-ptth-khanh-hoa"], "yes_no", True),
    ("2", "DTI", 50, "Thể chế số", "Digital institutions", None, [], None, False),
    ("2.1", "2", 10,
     "Nghị quyết chuyên đề hoặc văn bản tương đương của cấp uỷ về chuyển đổi số của tỉnh",
     "Thematic Party-committee resolution (or equivalent) on the province's digital "
     "transformation",
     "so-khcn", ["cac-so-nganh"], "yes_no", False),
    ("2.2", "2", 10, "Ban hành Kế hoạch hành động 5 năm và hằng năm của tỉnh về chuyển đổi số",
     "Five-year and annual digital transformation action plans issued",
     "so-khcn", ["cac-so-nganh"], "yes_no", True),
    ("2.3", "2", 10,
     "Ban hành, cập nhật Khung/Kiến trúc Chính quyền điện tử, Chính quyền số phiên bản mới nhất "
     "theo Khung kiến trúc Chính phủ điện tử, Chính phủ số Việt Nam",
     "Latest e-government / digital-government architecture framework issued or updated in line "
     "with the national framework",
     "so-khcn", ["cac-so-nganh"], "yes_no", True),
    ("2.4", "2", 20,
     "Ban hành chính sách khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến",
     "Policy encouraging citizens and businesses to use online public services issued",
     "so-tai-chinh", ["so-khcn", "vp-ubnd"], "yes_no", False),
    ("3", "DTI", 200, "Hạ tầng số", "Digital infrastructure", None, [], None, False),
    ("3.1", "3", 30, "Tỷ lệ thôn, bản được phủ sóng di động băng rộng",
     "Share of villages and hamlets with mobile broadband coverage",
     "so-khcn", ["doanh-nghiep-vien-thong"], "%", False),
    ("3.2", "3", 30, "Tỷ lệ thôn, bản được phủ băng rộng cố định",
     "Share of villages and hamlets with fixed broadband",
     "so-khcn", ["doanh-nghiep-vien-thong"], "%", True),
    ("3.3", "3", 30, "Tỷ lệ thuê bao băng rộng di động/100 dân",
     "Mobile broadband subscriptions per 100 inhabitants",
     "so-khcn", ["doanh-nghiep-vien-thong"], "per_100_inhabitants", True),
    ("3.4", "3", 30, "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang",
     "Share of households with fibre broadband Internet",
     "so-khcn", ["doanh-nghiep-vien-thong"], "%", True),
    ("3.5", "3", 30,
     "Triển khai Trung tâm dữ liệu phục vụ Chuyển đổi số theo hướng sử dụng công nghệ điện toán "
     "đám mây",
     "Cloud-based data centre for digital transformation deployed",
     "so-khcn", [], "level", True),
    ("3.6", "3", 30, "Mức độ triển khai các nền tảng số dùng chung",
     "Level of deployment of shared digital platforms", "so-khcn", [], "level", True),
    ("3.7", "3", 20, "Mức độ ứng dụng Trí tuệ nhân tạo (AI)", "Level of AI application",
     "so-khcn", ["cac-so-nganh-dia-phuong"], "level", True),
    ("4", "DTI", 100, "Nhân lực số", "Digital human resources", None, [], None, False),
    ("4.1", "4", 10,
     "Sở, ban, ngành, địa phương có bộ phận/đầu mối thực hiện nhiệm vụ chuyển đổi số tại cơ "
     "quan, đơn vị",
     "Departments and localities have a unit or focal point for digital transformation",
     "so-noi-vu", ["cac-so-nganh-dia-phuong"], None, False),
    ("4.2", "4", 30, "Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số",
     "Share of civil servants and public employees dedicated to digital transformation",
     "so-noi-vu", ["cac-so-nganh-dia-phuong"], "%", True),
    ("4.3", "4", 20, "Tỷ lệ công chức, viên chức chuyên trách về An toàn thông tin mạng",
     "Share of civil servants and public employees dedicated to cybersecurity",
     "so-noi-vu", ["cac-so-nganh-dia-phuong"], "%", True),
    ("4.4", "4", 20, "Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số",
     "Share of civil servants and public employees trained in digital transformation",
     "so-noi-vu", ["cac-so-nganh-dia-phuong"], "%", True),
    ("4.5", "4", 10, "Số lượng thành viên của Tổ công nghệ số cộng đồng trên 100 dân",
     "Community digital technology team members per 100 inhabitants",
     "so-khcn", ["cac-dia-phuong"], "per_100_inhabitants", False),
    ("4.6", "4", 10, "Số lượng người dân được phổ cập kỹ năng số",
     "Number of people given basic digital skills",
     "so-khcn", ["cac-dia-phuong"], "count", True),
    ("5", "DTI", 100, "An toàn thông tin mạng", "Network information security", None, [], None,
     False),
    ("5.1", "5", 20, "Tỷ lệ hệ thống thông tin được xác định và phê duyệt cấp độ an toàn",
     "Share of information systems with a security level determined and approved",
     "cong-an", ["cac-so-nganh-dia-phuong"], "%", False),
    ("5.2", "5", 20,
     "Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm An toàn thông tin theo cấp độ "
     "đã được phê duyệt",
     "Share of information systems fully implementing the protection plan for their approved "
     "security level",
     "cong-an", ["cac-so-nganh-dia-phuong"], "%", True),
    ("5.3", "5", 10,
     "Tỷ lệ hệ thống thông tin được triển khai giám sát An toàn thông tin và cài đặt đầy đủ phần "
     "mềm phòng chống mã độc tập trung",
     "Share of information systems under security monitoring with centralised anti-malware "
     "installed",
     "cong-an", ["cac-so-nganh-dia-phuong"], "%", True),
    ("5.4", "5", 10,
     "Tỷ lệ hệ thống thông tin cấp độ 3 trở lên được kiểm tra, đánh giá An toàn thông tin hàng "
     "năm",
     "Share of level-3-or-higher information systems given an annual security inspection",
     "cong-an", ["cac-so-nganh-dia-phuong"], "%", True),
    ("5.5", "5", 10,
     "Tỷ lệ hệ thống thông tin cấp độ 3 trở lên được kiểm tra, đánh giá An toàn thông tin hàng "
     "năm đầy đủ các nội dung và hình thức theo quy định tại Thông tư số 12/2022/TT-BTTTT",
     "Share of level-3-or-higher information systems inspected annually with the full content "
     "and format of Circular 12/2022/TT-BTTTT",
     "cong-an", ["cac-so-nganh-dia-phuong"], "%", True),
    ("5.6", "5", 10,
     "Tỷ lệ hệ thống thông tin đã ban hành đầy đủ các phương án ứng cứu xử lý sự cố An toàn "
     "thông tin quy định tại Quyết định số 05/2017/QĐ-TTg",
     "Share of information systems with full incident-response plans under Decision "
     "05/2017/QĐ-TTg",
     "cong-an", ["cac-so-nganh-dia-phuong"], "%", True),
    ("5.7", "5", 10, "Các Cổng thông tin điện tử được cấp chứng nhận tín nhiệm mạng",
     "Web portals hold a network-trust certificate", "so-khcn", [], "%", False),
    ("5.8", "5", 10, "Cổng Dịch vụ công được cấp chứng nhận tín nhiệm mạng",
     "The public-service portal holds a network-trust certificate", "vp-ubnd", [], "yes_no",
     False),
    ("6", "DTI", 200, "Hoạt động Chính quyền số", "Digital government activity", None, [], None,
     False),
    ("6.1", "6", 20,
     "Các Cổng thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định",
     "Web portals meet the required functions and technical features", "so-khcn", [], None,
     False),
    ("6.2", "6", 20,
     "Hệ thống thông tin giải quyết thủ tục hành chính đáp ứng yêu cầu chức năng, tính năng kỹ "
     "thuật theo quy định",
     "The administrative-procedure information system meets the required functions and technical "
     "features", "vp-ubnd", [], None, False),
    ("6.3", "6", 20,
     "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được "
     "đưa vào sử dụng chính thức tại Tỉnh",
     "Share of the data services on the National Data Exchange Platform (NDXP) in official use in "
     "the province", "so-khcn", ["cac-so-nganh"], "%", False),
    ("6.4", "6", 20, "Tỷ lệ dịch vụ công trực tuyến toàn trình",
     "Share of public services offered fully online", "vp-ubnd", ["so-khcn"], "%", False),
    ("6.5", "6", 20, "Tỷ lệ hồ sơ nộp trực tuyến", "Share of dossiers submitted online",
     "vp-ubnd", ["so-khcn"], "%", True),
    ("6.6", "6", 50, "Tỷ lệ hồ sơ trực tuyến toàn trình",
     "Share of dossiers handled fully online", "vp-ubnd", ["so-khcn"], "%", True),
    ("6.7", "6", 10,
     "Tỷ lệ tài khoản của người dân, doanh nghiệp có sử dụng dịch vụ công trực tuyến",
     "Share of citizen and business accounts that have used online public services",
     "vp-ubnd", ["so-khcn"], "%", True),
    ("6.8", "6", 10, "Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công",
     "Citizen and business satisfaction with public services", "vp-ubnd", ["so-khcn"], None,
     True),
    ("6.9", "6", 30, "Tổng chi Ngân sách nhà nước cho chính quyền số",
     "Total state-budget spending on digital government", "so-tai-chinh",
     ["cac-so-nganh-dia-phuong"], None, False),
    ("7", "DTI", 150, "Hoạt động Kinh tế số", "Digital economy activity", None, [], None, False),
    ("7.1", "7", 50, "Tỷ trọng kinh tế số trong GRDP", "Digital economy share of GRDP",
     "so-khcn", ["thong-ke", "so-tai-chinh"], "%", False),
    ("7.2", "7", 30, "Tỷ lệ doanh nghiệp công nghệ số/1000 dân",
     "Digital technology enterprises per 1,000 inhabitants",
     "so-khcn", ["thong-ke", "so-tai-chinh"], "per_1000_inhabitants", True),
    ("7.3", "7", 20, "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
     "Share of enterprises using electronic contracts", "so-cong-thuong", ["so-khcn"], "%",
     False),
    ("7.4", "7", 20,
     "Số điểm phục vụ của mạng bưu chính công cộng có kết nối Internet băng rộng cố định",
     "Public postal service points with fixed broadband Internet", "so-khcn",
     ["doanh-nghiep-vien-thong"], "count", False),
    ("7.5", "7", 30, "Số lượng tên miền .vn", "Number of .vn domain names", "so-khcn", [],
     "count", True),
    ("8", "DTI", 150, "Hoạt động Xã hội số", "Digital society activity", None, [], None, False),
    ("8.1", "8", 50,
     "Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được cho các giao dịch "
     "điện tử",
     "Share of people aged 14 and over with an electronic identity usable for electronic "
     "transactions", "cong-an", [], "%", False),
    ("8.2", "8", 50, "Tỷ lệ dân số từ 14 tuổi trở lên có chứng thư số cá nhân",
     "Share of the population aged 14 and over with a personal digital certificate",
     "so-khcn", ["doanh-nghiep-vien-thong"], "%", False),
    ("8.3", "8", 50, "Tỷ lệ người dân biết kỹ năng về công nghệ thông tin và truyền thông",
     "Share of people with ICT skills", "so-khcn", ["cac-dia-phuong"], "%", False),
    ("9", "DTI", 0, "Đô thị thông minh", "Smart city", None, [], None, False),
    ("9.1", "9", 0, "Ban hành và triển khai đề án phát triển Đô thị thông minh",
     "Smart-city development scheme issued and implemented", "so-xay-dung", [], "yes_no", False),
    ("9.2", "9", 0, "Ban hành kiến trúc ICT phát triển Đô thị thông minh",
     "ICT architecture for smart-city development issued", "so-khcn", ["so-xay-dung"], "yes_no",
     False),
    ("9.3", "9", 0, "Thực hiện đo lường chỉ số KPI phát triển Đô thị thông minh",
     "Smart-city development KPIs measured", "so-xay-dung", [], "yes_no", False),
]

INFERRED_NOTE = T(
    "Cơ quan phụ trách/phối hợp suy ra từ ô gộp của bảng trong Phụ lục I (văn bản bị làm phẳng "
    "khi chuyển sang dạng văn bản).",
    "Responsible/coordinating agency inferred from a merged cell of the Appendix I table "
    "(flattened in the text version).",
)

EXTRA_INDICATOR_NOTES = {
    "6.1": T(
        "Báo cáo 000 (VI.2.b) giao Văn phòng UBND tỉnh khắc phục chỉ số này, trong khi Phụ lục I "
        "của 003 giao Sở KH&CN phụ trách.",
        "Report 000 (VI.2.b) asks the PPC Office to fix this indicator, while 003 Appendix I makes "
        "DOST responsible.",
    ),
    "6.8": T(
        "Điểm tối đa theo 003 là 10; Báo cáo 000 chấm 9,2/20 (dùng thang 20).",
        "Maximum 10 in 003; report 000 scores it 9.2/20 (a maximum of 20).",
    ),
    "4.2": T(
        "Báo cáo 000 xếp tỷ lệ này vào nhóm \"Hạ tầng số\" (III-b.6) và tính cả chuyên trách lẫn "
        "kiêm nhiệm (6,09%); 003 xếp vào nhóm 4 Nhân lực số và chỉ nêu \"chuyên trách\".",
        "Report 000 files this ratio under \"Digital infrastructure\" (III-b.6) and counts "
        "dedicated and concurrent staff (6.09%); 003 puts it under group 4 and says \"dedicated\".",
    ),
    "4.5": T(
        "Báo cáo 000 xếp chỉ số này vào \"Hạ tầng số\" (III-b.6) và \"Chính quyền số\" (VI.2.b); "
        "003 xếp vào nhóm 4 Nhân lực số.",
        "Report 000 files this under \"Digital infrastructure\" (III-b.6) and \"Digital "
        "government\" (VI.2.b); 003 puts it under group 4.",
    ),
    "9": T(
        "Được theo dõi nhưng không tính điểm (0 điểm).",
        "Monitored but not scored (0 points).",
    ),
}


def yes_no_rule(maxpts):
    return {
        "kind": "categorical",
        "categories": [
            {"value": "yes", "points": maxpts, "name": T("Có", "Yes")},
            {"value": "no", "points": 0, "name": T("Không", "No")},
        ],
        "illustrative": True,
    }


RULES = {
    "8.2": {"kind": "linear", "threshold": 50, "source": src("000", "III-b.6")},
    "8.3": {"kind": "linear", "threshold": 70, "source": src("000", "III-b.6")},
    "4.2": {"kind": "linear", "threshold": 10, "illustrative": True,
            "source": src("000", "III-b.6")},
    "4.5": {"kind": "linear", "threshold": 5, "illustrative": True,
            "source": src("000", "III-b.6")},
}


def merge_notes(*notes):
    notes = [n for n in notes if n]
    if not notes:
        return None
    return T(" ".join(n["vi"] for n in notes), " ".join(n["en"] for n in notes))


def build_framework():
    indicators = [{
        "code": "DTI",
        "name": T("Chỉ số chuyển đổi số cấp tỉnh (DTI)",
                  "Provincial Digital Transformation Index (DTI)"),
        "max": 1000,
        "responsible": "so-khcn",
        "source": src("003", "Appendix I; I.2 (1000-point scale)"),
    }]
    for code, parent, mx, vi, en, resp, coord, unit, inferred in DTI:
        x = {"code": code, "parent": parent, "name": T(vi, en), "max": mx}
        if resp:
            x["responsible"] = resp
        if coord:
            x["coordinating"] = coord
        if unit:
            x["unit"] = unit
        if code in RULES:
            x["rule"] = RULES[code]
        elif unit == "yes_no" and parent in ("1", "2"):
            x["rule"] = yes_no_rule(mx)
        note = merge_notes(INFERRED_NOTE if inferred else None, EXTRA_INDICATOR_NOTES.get(code))
        if note:
            x["note"] = note
        indicators.append(x)
    # Checks: 9 main indicators, 50 sub-indicators, maxima add up.
    mains = [x for x in indicators if x.get("parent") == "DTI"]
    subs = [x for x in indicators if x.get("parent") not in (None, "DTI")]
    assert len(mains) == 9 and len(subs) == 50, (len(mains), len(subs))
    assert sum(x["max"] for x in mains) == 1000
    for m in mains:
        kids = [x["max"] for x in subs if x["parent"] == m["code"]]
        assert sum(kids) == m["max"], m["code"]
    return {
        "id": "dti",
        "name": T("Chỉ số chuyển đổi số cấp tỉnh (DTI)",
                  "Provincial Digital Transformation Index (DTI)"),
        "index_scale": 1000,
        "indicators": indicators,
        "source": S_003_APP1,
    }


# ---------------------------------------------------------------------------------------------
# Metrics and observations
# ---------------------------------------------------------------------------------------------

METRICS = [
    {"code": "digital-economy-share-grdp",
     "name": T("Tỷ trọng kinh tế số trong GRDP", "Digital economy share of GRDP"), "unit": "%"},
    {"code": "budget-share",
     "name": T("Tỷ lệ chi ngân sách cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
               "trên tổng chi ngân sách",
               "Spending on science, technology, innovation and digital transformation as a "
               "share of budget spending"),
     "unit": "%"},
    {"code": "5g-population-coverage",
     "name": T("Tỷ lệ dân số được phủ sóng 5G", "Share of the population covered by 5G"),
     "unit": "%"},
    {"code": "rd-staff-per-10000",
     "name": T("Nhân lực nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo trên một "
               "vạn dân",
               "Research, technology development and innovation staff per 10,000 inhabitants"),
     "unit": "per_10000_inhabitants"},
    {"code": "mobile-broadband-per-100",
     "name": T("Thuê bao băng rộng di động trên 100 dân (tương ứng DTI 3.3)",
               "Mobile broadband subscriptions per 100 inhabitants (DTI 3.3)"),
     "unit": "per_100_inhabitants"},
    {"code": "dossiers-online-share",
     "name": T("Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận (tương ứng DTI 6.5)",
               "Share of dossiers submitted online (DTI 6.5)"), "unit": "%"},
    {"code": "eid-level2-share",
     "name": T("Tỷ lệ dân số từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 (tương ứng "
               "DTI 8.1)",
               "Share of the population aged 14+ with a level-2 electronic identification account "
               "(DTI 8.1)"), "unit": "%"},
    {"code": "digital-identity-share",
     "name": T("Tỷ lệ người dân có danh tính số", "Share of people with a digital identity"),
     "unit": "%"},
]

YEAR_NOTE = T(
    "Năm đánh giá không được nêu trong Báo cáo 000 (\"dựa trên dữ liệu thống kê\"); giả định là "
    "kỳ đánh giá DTI 2024 — chưa được xác nhận.",
    "Report 000 does not state the assessment year (\"based on statistical data\"); assumed to be "
    "the DTI 2024 assessment — unconfirmed.",
)

# code, points, stated max (None when equal to the framework's), section, extra note
DTI_POINTS = [
    ("6.1", 15, None, "III-b.6; VI.2.b", None),
    ("6.2", 10, None, "III-b.6; VI.2.b", None),
    ("6.3", 13, None, "III-b.6; VI.2.b",
     T("Báo cáo ghi kèm \"Khánh Hòa có 11/16 nền tảng tích hợp, chia sẻ dữ liệu quốc gia\"; chỉ "
       "số đo tỷ lệ dịch vụ dữ liệu NDXP, không rõ 11/16 có phải là số dịch vụ dữ liệu hay không.",
       "The report adds \"Khánh Hòa has 11/16 national data integration and sharing platforms\"; "
       "the indicator counts NDXP data services, and it is unclear whether 11/16 counts them.")),
    ("6.4", 9.17, None, "III-b.6; VI.2.b", None),
    ("6.5", 14.4, None, "III-b.6; VI.2.b", None),
    ("6.6", 11.4, None, "III-b.6; VI.2.b", None),
    ("6.8", 9.2, 20, "III-b.6; VI.2.b",
     T("Báo cáo chấm trên thang 20 điểm, trong khi Phụ lục I của 003 cho điểm tối đa 10.",
       "The report scores it out of 20, while 003 Appendix I gives a maximum of 10.")),
    ("7.1", 26.3, None, "III-b.6; VI.2.c",
     T("Cùng câu nêu kinh tế số \"đóng góp 10,5%\" GRDP (xem chỉ số digital-economy-share-grdp).",
       "The same sentence says the digital economy \"contributes 10.5%\" of GRDP (see metric "
       "digital-economy-share-grdp).")),
    ("7.2", 19.5, None, "III-b.6; VI.2.c", None),
    ("8.2", 7.6, None, "III-b.6; VI.2.d", None),
    ("8.3", 27.5, None, "III-b.6; VI.2.d", None),
]


def build_observations():
    obs = []
    for code, pts, stated_max, section, note in DTI_POINTS:
        o = {"code": f"dti:{code}", "entity": "khanh-hoa", "period": "2024", "points": pts}
        if stated_max is not None:
            o["stated_max"] = stated_max
        o["source"] = src("000", section)
        o["note"] = merge_notes(YEAR_NOTE, note)
        obs.append(o)
    obs.append({
        "code": "dti:DTI", "entity": "khanh-hoa", "period": "2024", "rank": 16, "rank_of": 34,
        "source": src("000", "III.5"),
        "note": T("Tổng điểm DTI 2024 không được nêu; chỉ có thứ hạng 16/34 tỉnh, thành phố.",
                  "The DTI 2024 total score is not stated; only the rank 16 of 34 is."),
    })
    # Raw values stated next to the DTI points (same paragraph, same assumed year).
    obs.append({
        "code": "dti:4.2", "entity": "khanh-hoa", "period": "2024", "value": 6.09,
        "source": src("000", "III-b.6; VI.2.a"),
        "note": merge_notes(YEAR_NOTE, T(
            "Tỷ lệ công chức, viên chức chuyên trách, kiêm nhiệm về chuyển đổi số; yêu cầu \"trên "
            "10%\". Mục III.4 nêu riêng tỷ lệ chuyên trách là 2,75% (155/5.632) — hai cách đo "
            "khác nhau.",
            "Share of civil servants dedicated to or concurrently handling digital transformation; "
            "requirement \"above 10%\". Section III.4 gives 2.75% (155/5,632) for dedicated staff "
            "only — two different measures.")),
    })
    obs.append({
        "code": "dti:4.5", "entity": "khanh-hoa", "period": "2024", "value": 0.5,
        "source": src("000", "III-b.6; VI.2.b"),
        "note": merge_notes(YEAR_NOTE, T(
            "Báo cáo ghi \"0,5%\" (thành viên trên 100 dân); yêu cầu \"trên 5%\" (000), \"tối thiểu "
            "5%\" (003 II.3.4).",
            "Stated as \"0.5%\" (members per 100 inhabitants); the requirement is \"above 5%\" "
            "(000) or \"at least 5%\" (003 II.3.4).")),
    })
    # Raw values "to date" (end of 2025) that correspond to DTI sub-indicators are kept as metric
    # observations (period 2025), not on the DTI codes: a 2025 DTI scorecard holding only raw values
    # would hide the published (2024) component points, because reports show the latest period.
    # Metrics.
    obs += [
        {"code": "mobile-broadband-per-100", "entity": "khanh-hoa", "period": "2025",
         "value": 134.9, "source": src("000", "III.3"),
         "note": T("Tương ứng chỉ số DTI 3.3. 2.560.700 thuê bao băng rộng di động, \"đạt 134,9 thuê "
                   "bao/100 dân\"; mật độ này ứng với khoảng 1,898 triệu dân, trong khi mục III.4 "
                   "dùng 2,2 triệu dân.",
                   "Corresponds to DTI 3.3. 2,560,700 mobile broadband subscriptions, \"134.9 per "
                   "100 inhabitants\"; this density implies about 1.898 million people, while "
                   "section III.4 uses 2.2 million.")},
        {"code": "dossiers-online-share", "entity": "khanh-hoa", "period": "2025", "value": 37.6,
         "source": src("000", "III.5; fn 14"),
         "note": T("Tương ứng chỉ số DTI 6.5. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận "
                   "(72.819/193.470) trong kỳ báo cáo; cách tính của bộ chỉ số DTI có thể khác.",
                   "Corresponds to DTI 6.5. Online dossiers as a share of dossiers received "
                   "(72,819/193,470) in the reporting period; the DTI's own definition may "
                   "differ.")},
        {"code": "eid-level2-share", "entity": "khanh-hoa", "period": "2025", "value": 81.59,
         "source": src("000", "III-b.5"),
         "note": T("Tương ứng chỉ số DTI 8.1: tỷ lệ thu nhận tài khoản định danh điện tử mức độ 2 "
                   "trên dân số từ 14 tuổi trở lên (003 II.3.8 giao Công an tỉnh cấp danh tính "
                   "số/tài khoản định danh điện tử mức 2 cho người từ 14 tuổi). Báo cáo cũng nêu "
                   "90,23% người dân có danh tính số, không nêu độ tuổi (chỉ số "
                   "digital-identity-share).",
                   "Corresponds to DTI 8.1: level-2 electronic identification accounts among the "
                   "population aged 14 and over (003 II.3.8 asks the Police to issue digital "
                   "identities / level-2 e-ID accounts to people aged 14+). The report also gives "
                   "90.23% of people with a digital identity, without an age base (metric "
                   "digital-identity-share).")},
        {"code": "digital-economy-share-grdp", "entity": "khanh-hoa", "period": "2025",
         "value": 10.5, "source": src("000", "III-b.6; VI.2.c"),
         "note": T("Năm của số liệu không được nêu; con số đi kèm điểm DTI 7.1 (26,3/50), có thể là "
                   "số liệu của kỳ đánh giá DTI trước.",
                   "The year is not stated; the figure accompanies the DTI 7.1 points (26.3/50) "
                   "and may belong to the earlier DTI assessment.")},
        {"code": "budget-share", "entity": "khanh-hoa", "period": "2025", "value": 1.3,
         "source": src("000", "III-b.7"),
         "note": T("350 tỷ đồng là \"tỷ lệ 1.3% tổng chi ngân sách\"; tổng chi ngân sách không được "
                   "nêu nên không kiểm tra lại được.",
                   "350 billion VND is \"1.3% of total budget spending\"; the total is not given, "
                   "so the share cannot be recomputed.")},
        {"code": "budget-share", "entity": "khanh-hoa", "period": "2026", "value": 1.9,
         "source": src("000", "V"),
         "note": T("Dự toán 2026: 604.030 triệu đồng trên 32.004.264 triệu đồng chi ngân sách địa "
                   "phương (mẫu số khác năm 2025).",
                   "2026 estimate: 604,030 million VND of 32,004,264 million VND of local-budget "
                   "spending (a different base from 2025).")},
        {"code": "5g-population-coverage", "entity": "khanh-hoa", "period": "2025", "value": 47,
         "source": src("000", "III.3"),
         "note": T("Cùng đoạn báo cáo nêu hai số: \"5G 47%\" (tỷ lệ phủ sóng mạng di động) và 350 "
                   "trạm 5G \"phủ sóng 51% dân số\"; bộ dữ liệu dùng số thấp hơn.",
                   "The same paragraph states two values: \"5G 47%\" (mobile network coverage) and "
                   "350 5G stations \"covering 51% of the population\"; this dataset uses the "
                   "lower one.")},
        {"code": "rd-staff-per-10000", "entity": "khanh-hoa", "period": "2025", "value": 13,
         "source": src("000", "III.4"),
         "note": T("Hơn 2.900 người làm nghiên cứu và có liên quan đến KH&CN, \"13 người/vạn dân\" "
                   "(tính trên 2,2 triệu dân); số người nghiên cứu chuyên nghiệp toàn thời gian "
                   "chưa đến 500 — định nghĩa rộng hơn chỉ tiêu.",
                   "More than 2,900 people in research or S&T-related work, \"13 per 10,000\" "
                   "(on 2.2 million people); full-time professional researchers are fewer than "
                   "500 — a broader definition than the target's.")},
        {"code": "digital-identity-share", "entity": "khanh-hoa", "period": "2025",
         "value": 90.23, "source": src("000", "III-b.5"),
         "note": T("\"Tỷ lệ người dân có danh tính số\", không nêu độ tuổi làm gốc.",
                   "\"Share of people with a digital identity\", no age base stated.")},
    ]
    for pid, vi, en, svi, sen, total in PEERS + PEERS_MORE:
        obs.append({
            "code": "dti:DTI", "entity": pid, "period": "2024", "points": total,
            "source": src(ILL, "DTI 2024"), "illustrative": True,
            "note": T("Số liệu minh họa, không phải kết quả DTI chính thức.",
                      "Illustrative figure, not the official DTI result."),
        })
    return obs


# ---------------------------------------------------------------------------------------------
# Targets (001 Appendix I) — names, units, wording and leads read from the seed
# ---------------------------------------------------------------------------------------------

# number -> (comparator, value, value_max, en name, en wording, measure, baseline, note)
TREAT_GE = T("Giá trị ghi không kèm dấu; hiểu là \"≥\".",
             "The value is printed without a sign; read as \"≥\".")
RANK63 = T("Chỉ tiêu thứ hạng đặt ra khi cả nước có 63 tỉnh, thành phố; từ 7/2025 còn 34.",
           "Rank target set when there were 63 provinces and cities; 34 since July 2025.")


def BL(year, value, section, sid="000"):
    return {"year": year, "value": value, "source": src(sid, section)}


TARGETS_2030 = {
    "1": ("qualitative", None, None, "S&T and innovation potential and level",
          "In the leading group of localities in the region and nationwide", None, None,
          T("Bảng chỉ ghi định tính; phần II.2.a của Chương trình nêu \"nhóm 15 tỉnh/thành phố dẫn "
            "đầu\" (xem chỉ tiêu 2030-body-potential-top15).",
            "The table is qualitative; section II.2.a of the programme says \"group of the 15 "
            "leading provinces/cities\" (see target 2030-body-potential-top15).")),
    "2": ("qualitative", None, None, "Technological and innovation capacity of enterprises",
          "High level nationally; strive for at least 1 enterprise at an advanced level.", None,
          None, T("Đơn vị ghi \"Thứ bậc\" nhưng chỉ tiêu là định tính.",
                  "The unit is \"rank\" but the target is qualitative.")),
    "3": ("rank_top", 20, None, "DTI ranking", "Ranked in the group of 20 provinces and cities",
          {"code": "dti:DTI", "field": "rank"}, BL(2024, 16, "III.5"),
          merge_notes(RANK63, T("Kế hoạch 003 (I.1) đặt mục tiêu chặt hơn: nhóm 10 (chỉ tiêu "
                                "2030-dti-top10).",
                                "Plan 003 (I.1) sets a tighter goal: top 10 (target "
                                "2030-dti-top10)."))),
    "4": ("ge", 55, None, "Contribution of total factor productivity (TFP) to economic growth",
          None, None, None, T("Phần II.2.a ghi \"trên 55%\".", "Section II.2.a says \"above 55%\".")),
    "5": ("ge", 30, None, "Digital economy size", None,
          {"code": "digital-economy-share-grdp", "field": "value"},
          BL(2025, 10.5, "III-b.6"), None),
    "6.1": ("ge", 85, None, "Online public-service usage by citizens and businesses", None, None,
            None, T("Chưa có số liệu đo trực tiếp; tỷ lệ hồ sơ nộp trực tuyến 37,6% (000 III.5) "
                    "chỉ là số gần đúng.",
                    "No direct measurement; the 37.6% share of dossiers submitted online (000 "
                    "III.5) is only a proxy.")),
    "6.2": ("ge", 90, None,
            "Full-process online public services as a share of eligible administrative procedures",
            None, None, None, TREAT_GE),
    "6.3": ("ge", 100, None, "Digitisation of administrative-procedure dossiers and results",
            None, None, None, TREAT_GE),
    "6.4": ("ge", 100, None, "Administrative-procedure results issued electronically", None,
            None, None, TREAT_GE),
    "6.5": ("ge", 80, None,
            "Re-use of digitised information and data in administrative procedures and public "
            "services", None, None, None, TREAT_GE),
    "6.6": ("ge", 80, None, "Online payment in administrative procedures and public services",
            None, None, None, TREAT_GE),
    "6.7": ("ge", 30, None, "Licensing procedures cut or automated", None, None, None, None),
    "6.8": ("ge", 100, None,
            "Documents and work files processed end-to-end electronically by state "
            "administrative agencies", None, None, None, TREAT_GE),
    "6.9": ("ge", 100, None,
            "Tasks of administrative agencies tracked, managed and supervised electronically",
            None, None, None, TREAT_GE),
    "6.10": ("ge", 100, None,
             "State agencies directing, administering and governing internally in the electronic "
             "environment", None, None, None, TREAT_GE),
    "7": ("ge", 80, None, "Non-cash transactions", None, None, None, None),
    "8": ("ge", 40, None, "Enterprises with innovation activity", None, None, None,
          T("Phần II.2.a ghi \"doanh nghiệp sản xuất ... trên 40%\".",
            "Section II.2.a says \"manufacturing enterprises ... above 40%\".")),
    "9": ("gt", 0.7, None,
          "Human Development Index (HDI) maintained, with S&T and innovation contributing to "
          "culture, society and people", None, None, None, None),
    "10": ("ge", 2, None, "R&D spending", None, None, None,
           merge_notes(TREAT_GE, T("Phần II.2.a ghi \"trên 2% GRDP\".",
                                   "Section II.2.a says \"above 2% of GRDP\"."))),
    "11": ("gt", 60, None, "Non-state share of R&D spending", None, None, None, None),
    "12": ("ge", 3, None,
           "Annual budget spending on science, technology, innovation and national digital "
           "transformation", "≥ 3% and rising as development requires",
           {"code": "budget-share", "field": "value"}, BL(2025, 1.3, "III-b.7"),
           T("Mẫu số khác nhau giữa các văn bản: tổng chi NSNN (chỉ tiêu), tổng chi ngân sách "
             "(2025), chi ngân sách địa phương (2026).",
             "Denominators differ between documents: total state-budget spending (target), total "
             "budget spending (2025), local-budget spending (2026).")),
    "13": ("ge", 12, None, "Research, technology development and innovation human resources",
           None, {"code": "rd-staff-per-10000", "field": "value"}, BL(2025, 13, "III.4"),
           merge_notes(TREAT_GE, T("Số 13 người/vạn dân của Báo cáo 000 tính mọi người làm nghiên "
                                   "cứu và có liên quan đến KH&CN, rộng hơn chỉ tiêu.",
                                   "Report 000's 13 per 10,000 counts everyone in research or "
                                   "S&T-related work, broader than the target."))),
    "14": ("rank_top", 25, None, "Provincial Innovation Index (PII) rank", None,
           {"code": "pii:PII", "field": "rank"}, BL(2025, 9, "III-b.4"), RANK63),
    "15": ("range", 2, 3, "S&T organisations ranked in the region", None, None, None,
           T("Phần II.2.a nêu chỉ tiêu khác: 02–03 tổ chức KH&CN hàng đầu Việt Nam đặt trụ sở tại "
             "Khánh Hòa.",
             "Section II.2.a states a different measure: 2–3 leading Vietnamese S&T organisations "
             "headquartered in Khánh Hòa.")),
    "16": ("range", 10, 18, "Average growth of patent applications and patent grants", None, None,
           None, T("Phần II.2.a tính cả văn bằng bảo hộ và nhãn hiệu.",
                   "Section II.2.a also counts protection titles and trademarks.")),
    "17": ("range", 8, 10, "Share of patent applications and grants commercialised", None, None,
           None, None),
    "18": ("ge", 3, None, "Number of patents and utility solutions", None, None, None,
           T("Phần II.2.a ghi \"tối thiểu 03 sáng chế, giải pháp hữu ích/năm\".",
             "Section II.2.a says \"at least 3 patents or utility solutions per year\".")),
    "19": ("qualitative", None, None, "Digital infrastructure", "Advanced, modern", None, None,
           T("Bản gốc ghi \"Tiền tiến\" (lỗi chính tả của \"Tiên tiến\").",
             "The original reads \"Tiền tiến\", a typo for \"Tiên tiến\" (advanced).")),
    "19.1": ("ge", 100, None, "Users able to access fixed broadband above 1 Gb/s", None, None,
             None, TREAT_GE),
    "19.2": ("ge", 100, None, "5G coverage of the population", None,
             {"code": "5g-population-coverage", "field": "value"}, BL(2025, 47, "III.3"),
             TREAT_GE),
    "20": ("ge", 2, None, "Smart cities completed in eligible cities and towns", None, None, None,
           T("Đơn vị \"thành phố, thị xã, huyện\" có từ trước khi bỏ cấp huyện (7/2025).",
             "The unit \"cities, towns, districts\" predates the removal of districts (July "
             "2025).")),
    "21": ("ge", 100, None,
           "State management from province to commune in the digital environment, connected and "
           "seamless across the political system", None, None, None, TREAT_GE),
    "22": ("ge", 100, None, "National and sectoral databases built, connected and synchronised",
           None, None, None, TREAT_GE),
    "23": ("ge", 1, None,
           "Provincial data centre completed and synchronised with the national data centre", None,
           None, None, None),
    "24": ("ge", 95, None, "Population aged 15 and over with an electronic payment account", None,
           None, None, None),
    "25": ("ge", 70, None, "Adults with a personal digital or electronic signature", None, None,
           None, None),
    "26": ("ge", 90, None, "People with an electronic health record", None, None, None,
           T("Phụ lục II của 003 đặt mục tiêu ≥ 95% người dân có Sổ sức khỏe điện tử vào 2030 "
             "(chỉ tiêu 2030-ehealth-book-95).",
             "003 Appendix II aims at ≥ 95% of people with an e-health book by 2030 (target "
             "2030-ehealth-book-95).")),
    "27": ("rank_top", 10, None, "Cybersecurity ranking", None, None, None, RANK63),
    "28": ("ge", 100, None,
           "Information systems with an approved security level and a fully implemented "
           "protection plan", None, None, None, TREAT_GE),
}

TARGETS_2045 = {
    "1": ("ge", 50, None, "Digital economy size", None,
          {"code": "digital-economy-share-grdp", "field": "value"}, BL(2025, 10.5, "III-b.6"),
          None),
    "2": ("rank_top", 20, None, "Provincial Innovation Index (PII) rank", None,
          {"code": "pii:PII", "field": "rank"}, BL(2025, 9, "III-b.4"), RANK63),
    "3": ("ge", 1, None, "Digital technology enterprises per 1,000 inhabitants", None,
          {"code": "dti:7.2", "field": "value"}, None, TREAT_GE),
}


def clean_value(s):
    s = s.replace("$", "").replace("\\geq", "≥").replace("\\leq", "≤")
    return re.sub(r"\s+", " ", s).strip()


def en_wording(vi):
    """English wording of a numeric published value: decimal comma -> point."""
    return re.sub(r"(\d),(\d)", r"\1.\2", vi)


# Printed units of 001 Appendix I -> the language-neutral unit codes used across the file (the
# printed unit is kept in the target's note when the code drops something).
UNIT_CODES = {
    "Thứ bậc": "rank",
    "%": "%",
    "% GRDP": "% GRDP",
    "%GRDP": "% GRDP",
    "Chỉ số phát triển con người (HDI)": "HDI",
    "% tổng chi NSNN": "%",
    "Người/vạn dân": "per_10000_inhabitants",
    "Tổ chức": "count",
    "%/năm": "%/year",
    "Sáng chế, giải pháp hữu ích": "count",
    "": "",
    "% dân số": "%",
    "Thành phố, thị xã, huyện": "count",
    "Trung tâm dữ liệu": "count",
    "Số doanh nghiệp/1000 dân": "per_1000_inhabitants",
}
TRIVIAL_UNITS = {"Thứ bậc", "%", "% GRDP", "%GRDP", ""}


def unit_of(printed):
    return UNIT_CODES[printed]


def printed_unit_note(printed):
    if printed in TRIVIAL_UNITS:
        return None
    return T(f"Đơn vị ghi trong bảng: \"{printed}\".", f"Unit as printed: \"{printed}\".")


def parse_targets(text):
    start = text.index("**Phụ lục I**")
    end = text.index("**Phụ lục II**")
    rows = read_table(text[start:end].splitlines(), 5, "TT\t")
    section = None
    out = {"2030": [], "2045": []}
    for tt, name, unit, value, lead in rows:
        plain = strip_tags(tt)
        if plain in ("I", "II"):
            section = "2030" if plain == "I" else "2045"
            continue
        if not re.fullmatch(r"\d+(\.\d+)?", plain) or section is None:
            continue
        out[section].append((plain, name, unit, value, lead))
    return out


def build_targets(text):
    parsed = parse_targets(text)
    targets = []
    for year, table, spec_map, roman in (("2030", parsed["2030"], TARGETS_2030, "I"),
                                         ("2045", parsed["2045"], TARGETS_2045, "II")):
        numbers = [r[0] for r in table]
        for number, name, unit, value, lead in table:
            if number == "6" and year == "2030":
                assert not value, "row 6 is a heading"
                continue
            cmp_, v, vmax, en_name, en_word, measure, baseline, note = spec_map[number]
            wording_vi = clean_value(value)
            if v is not None:
                # The hand-written value must be the one printed.
                printed = re.sub(r"(\d),(\d)", r"\1.\2", wording_vi)
                nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", printed)]
                assert float(v) in nums, (number, v, wording_vi)
            t = {
                "id": f"{year}-{number}",
                "number": number,
                "name": T(re.sub(r"\s+", " ", name).strip(), en_name),
                "unit": unit_of(unit.strip()),
                "comparator": cmp_,
            }
            if v is not None:
                t["value"] = v
            if vmax is not None:
                t["value_max"] = vmax
            t["wording"] = T(wording_vi, en_word or en_wording(wording_vi))
            t["deadline"] = int(year)
            if baseline:
                t["baseline"] = baseline
            if measure:
                t["measure"] = measure
            t["lead"] = agencies(lead, f"001 Appendix I {year} row {number}")
            t["source"] = src("001", f"Appendix I, {roman} row {number}")
            note = merge_notes(note, printed_unit_note(unit.strip()))
            if note:
                t["note"] = note
            targets.append(t)
        assert set(numbers) - {"6"} == set(spec_map), (year, numbers)
    n2030 = sum(1 for t in targets if t["deadline"] == 2030)
    n2045 = sum(1 for t in targets if t["deadline"] == 2045)
    assert (n2030, n2045) == (39, 3), (n2030, n2045)
    targets += OTHER_TARGETS
    return targets


OTHER_TARGETS = [
    {
        "id": "2030-dti-top10", "number": "",
        "name": T("Xếp hạng chỉ số đánh giá chuyển đổi số (DTI)", "DTI ranking"),
        "unit": "rank", "comparator": "rank_top", "value": 10,
        "wording": T("đến năm 2030 nằm trong nhóm 10 tỉnh, thành phố dẫn đầu về chỉ số xếp hạng "
                     "đánh giá chuyển đổi số (DTI)",
                     "by 2030, among the 10 leading provinces and cities in the DTI ranking"),
        "deadline": 2030, "baseline": BL(2024, 16, "III.5"),
        "measure": {"code": "dti:DTI", "field": "rank"}, "lead": ["so-khcn"],
        "source": src("003", "I.1"),
        "note": T("Theo Nghị quyết 01-NQ/TU ngày 14/7/2025; chặt hơn chỉ tiêu 2030-3 (nhóm 20) của "
                  "Quyết định 512. Cơ quan chủ trì: Sở KH&CN là cơ quan thường trực (003 II.2).",
                  "From Resolution 01-NQ/TU of 14/07/2025; tighter than target 2030-3 (group of "
                  "20) of Decision 512. Lead: DOST as the standing agency (003 II.2)."),
    },
    {
        "id": "2025-dti-top20", "number": "",
        "name": T("Xếp hạng chỉ số DTI năm 2025", "DTI ranking in 2025"),
        "unit": "rank", "comparator": "rank_top", "value": 20,
        "wording": T("Chỉ số DTI của tỉnh năm 2025 nằm trong nhóm Top 20 (khoảng 17-19 tỉnh/thành "
                     "phố) và tăng dần (ít nhất 1-2 bậc) theo từng năm",
                     "DTI 2025 in the top 20 (about 17th–19th) and rising at least 1–2 places a "
                     "year"),
        "deadline": 2025, "baseline": BL(2024, 16, "III.5"),
        "measure": {"code": "dti:DTI", "field": "rank"}, "lead": ["so-khcn"],
        "source": src("003", "I.1"),
        "note": T("Mục tiêu \"khoảng 17-19\" thấp hơn kết quả DTI 2024 đã đạt (16/34).",
                  "The \"about 17th–19th\" aim is worse than the 2024 result already reached "
                  "(16/34)."),
    },
    {
        "id": "2025-dti-800", "number": "",
        "name": T("Điểm chỉ số DTI năm 2025", "DTI score in 2025"),
        "unit": "points", "comparator": "ge", "value": 800,
        "wording": T("Năm 2025 phấn đấu DTI đạt ≥ 800/1000 điểm",
                     "In 2025, strive for a DTI of ≥ 800/1000 points"),
        "deadline": 2025, "measure": {"code": "dti:DTI", "field": "points"}, "lead": ["so-khcn"],
        "source": src("003", "I.2"),
    },
    {
        "id": "2025-dti-4of8-top10", "number": "",
        "name": T("Số chỉ số chính DTI nằm trong nhóm 10 tỉnh/thành phố dẫn đầu",
                  "DTI main indicators in the national top 10"),
        "unit": "count", "comparator": "ge", "value": 4,
        "wording": T("có ít nhất 04/08 chỉ số chính nằm trong nhóm 10 tỉnh/thành phố dẫn đầu toàn "
                     "quốc",
                     "at least 4 of the 8 main indicators among the 10 leading provinces/cities"),
        "deadline": 2025, "lead": ["so-khcn"], "source": src("003", "I.2"),
    },
    {
        "id": "2025-dti-4.5", "number": "",
        "name": T("Số lượng thành viên của Tổ công nghệ số cộng đồng trên 100 dân",
                  "Community digital technology team members per 100 inhabitants"),
        "unit": "per_100_inhabitants", "comparator": "ge", "value": 5,
        "wording": T("bảo đảm số lượng thành viên của Tổ công nghệ số cộng đồng trên 100 dân đạt "
                     "tối thiểu 5%",
                     "at least 5 community digital team members per 100 inhabitants"),
        "deadline": 2025, "measure": {"code": "dti:4.5", "field": "value"},
        "lead": ["cac-dia-phuong", "so-khcn"], "source": src("003", "II.3.4"),
        "note": T("Kế hoạch không nêu năm; hạn 2025 theo phạm vi kế hoạch (\"năm 2025 và các năm "
                  "tiếp theo\"). Báo cáo 000 ghi yêu cầu \"trên 5%\".",
                  "No year is stated; the 2025 deadline follows the plan's scope (\"2025 and the "
                  "following years\"). Report 000 words the requirement \"above 5%\"."),
    },
    {
        "id": "2025-dti-6.3", "number": "",
        "name": T("Tỷ lệ số dịch vụ dữ liệu có trên NDXP được đưa vào sử dụng chính thức",
                  "Share of NDXP data services in official use"),
        "unit": "%", "comparator": "gt", "value": 95,
        "wording": T("bảo đảm trên 95% tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ "
                     "dữ liệu quốc gia được đưa vào sử dụng chính thức",
                     "more than 95% of the data services on the NDXP in official use"),
        "deadline": 2025, "lead": ["so-khcn"], "source": src("003", "II.3.6"),
        "note": T("Kế hoạch không nêu năm; hạn 2025 theo phạm vi kế hoạch.",
                  "No year is stated; the 2025 deadline follows the plan's scope."),
    },
    {
        "id": "2025-dti-7.3", "number": "",
        "name": T("Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
                  "Share of enterprises using electronic contracts"),
        "unit": "%", "comparator": "ge", "value": 80,
        "wording": T("đảm bảo chỉ tiêu về tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử toàn tỉnh "
                     "đạt tối thiểu 80%",
                     "at least 80% of enterprises province-wide use electronic contracts"),
        "deadline": 2025, "lead": ["cac-so-nganh-dia-phuong"], "source": src("003", "II.3.7"),
        "note": T("Kế hoạch không nêu năm; hạn 2025 theo phạm vi kế hoạch.",
                  "No year is stated; the 2025 deadline follows the plan's scope."),
    },
    {
        "id": "2025-dti-5.7", "number": "",
        "name": T("Cổng/Trang thông tin điện tử được cấp chứng nhận tín nhiệm mạng",
                  "Web portals with a network-trust certificate"),
        "unit": "%", "comparator": "ge", "value": 100,
        "wording": T("bảo đảm 100% được cấp chứng nhận tín nhiệm mạng",
                     "100% hold a network-trust certificate"),
        "deadline": 2025, "lead": ["cac-so-nganh-dia-phuong"], "source": src("003", "II.3.5"),
        "note": T("Kế hoạch không nêu năm; hạn 2025 theo phạm vi kế hoạch.",
                  "No year is stated; the 2025 deadline follows the plan's scope."),
    },
    {
        "id": "2030-ehealth-book-95", "number": "",
        "name": T("Tỷ lệ người dân có Sổ sức khỏe điện tử",
                  "Share of people with an electronic health book"),
        "unit": "%", "comparator": "ge", "value": 95,
        "wording": T("Phấn đấu tỷ lệ người dân có Sổ sức khỏe điện tử đạt tối thiểu 95% vào năm "
                     "2030",
                     "Strive for at least 95% of people with an electronic health book by 2030"),
        "deadline": 2030, "lead": ["so-y-te"], "source": src("003", "Appendix II.5"),
        "note": T("Khác chỉ tiêu 2030-26 của Quyết định 512 (≥ 90% người dân có hồ sơ sức khỏe "
                  "điện tử).",
                  "Differs from target 2030-26 of Decision 512 (≥ 90% with an electronic health "
                  "record)."),
    },
    {
        "id": "2026-digital-economy-14", "number": "",
        "name": T("Tỷ trọng kinh tế số trong GRDP năm 2026", "Digital economy share of GRDP in 2026"),
        "unit": "% GRDP", "comparator": "ge", "value": 14,
        "wording": T("phấn đấu đạt mục tiêu tỷ trọng kinh tế số trong GRDP năm 2026 đạt 14%",
                     "strive for a digital economy share of GRDP of 14% in 2026"),
        "deadline": 2026, "baseline": BL(2025, 10.5, "III-b.6"),
        "measure": {"code": "digital-economy-share-grdp", "field": "value"},
        "lead": ["so-tai-chinh", "so-khcn"], "source": src("004", "II.3"),
        "note": T("Cơ quan chủ trì: Sở Tài chính chủ trì xây dựng kịch bản kinh tế số (Phụ lục, "
                  "nhiệm vụ 8); Sở KH&CN theo dõi tỷ trọng kinh tế số (001 chỉ tiêu 5).",
                  "Lead: Finance drafts the digital-economy scenarios (appendix task 8); DOST "
                  "monitors the digital-economy share (001 target 5)."),
    },
    {
        "id": "2030-body-potential-top15", "number": "",
        "name": T("Tiềm lực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                  "Potential in S&T, innovation and digital transformation"),
        "unit": "rank", "comparator": "rank_top", "value": 15,
        "wording": T("thuộc nhóm 15 tỉnh/thành phố dẫn đầu trong cả nước",
                     "among the 15 leading provinces/cities nationwide"),
        "deadline": 2030, "lead": ["so-khcn"], "source": src("001", "II.2.a"),
        "note": merge_notes(RANK63, T("Phiên bản định lượng của chỉ tiêu 2030-1.",
                                      "Quantified version of target 2030-1.")),
    },
    {
        "id": "2030-body-publications", "number": "",
        "name": T("Số lượng công bố khoa học quốc tế tăng trung bình",
                  "Average growth of international scientific publications"),
        "unit": "%/year", "comparator": "ge", "value": 10,
        "wording": T("số lượng công bố khoa học quốc tế tăng trung bình 10%/năm",
                     "international scientific publications grow by 10% a year on average"),
        "deadline": 2030, "lead": [], "source": src("001", "II.2.a"),
        "note": T("Không có trong Phụ lục I; cơ quan chủ trì không được nêu.",
                  "Not in Appendix I; no lead agency stated."),
    },
    {
        "id": "2030-body-leading-st-orgs", "number": "",
        "name": T("Tổ chức khoa học và công nghệ hàng đầu Việt Nam đặt trụ sở chính tại Khánh Hòa",
                  "Leading Vietnamese S&T organisations headquartered in Khánh Hòa"),
        "unit": "count", "comparator": "range", "value": 2, "value_max": 3,
        "wording": T("có ít nhất 02 - 03 tổ chức khoa học và công nghệ hàng đầu Việt Nam đặt trụ sở "
                     "chính nghiên cứu, sản xuất tại Khánh Hòa",
                     "at least 2–3 leading Vietnamese S&T organisations with research or "
                     "production headquarters in Khánh Hòa"),
        "deadline": 2030, "lead": [], "source": src("001", "II.2.a"),
        "note": T("Khác chỉ tiêu 2030-15 của Phụ lục I (tổ chức được xếp hạng trong khu vực); cơ "
                  "quan chủ trì không được nêu.",
                  "Differs from Appendix I target 2030-15 (organisations ranked in the region); no "
                  "lead agency stated."),
    },
    {
        "id": "2030-body-st-recurrent-15", "number": "",
        "name": T("Tỷ lệ ngân sách nhà nước chi sự nghiệp khoa học và công nghệ phục vụ nghiên cứu "
                  "khoa học, công nghệ và đổi mới sáng tạo",
                  "Share of the state S&T recurrent budget spent on research, technology and "
                  "innovation"),
        "unit": "%", "comparator": "ge", "value": 15,
        "wording": T("Bố trí ít nhất 15% ngân sách nhà nước chi sự nghiệp khoa học và công nghệ "
                     "phục vụ nghiên cứu khoa học, công nghệ và đổi mới sáng tạo",
                     "At least 15% of the state S&T recurrent budget for research, technology and "
                     "innovation"),
        "deadline": 2030, "lead": ["so-tai-chinh", "so-khcn"], "source": src("001", "II.2.a"),
        "note": T("Hằng năm; cơ quan chủ trì theo nhiệm vụ 27 của Phụ lục II.",
                  "Every year; lead agencies as in task 27 of Appendix II."),
    },
    {
        "id": "2030-body-hitech-park", "number": "",
        "name": T("Khu công nghiệp công nghệ cao/Khu công nghiệp công nghệ thông tin",
                  "High-tech or IT industrial parks"),
        "unit": "count", "comparator": "ge", "value": 1,
        "wording": T("Hình thành ít nhất 01 Khu công nghiệp công nghệ cao/Khu công nghiệp công nghệ "
                     "thông tin",
                     "At least 1 high-tech or IT industrial park established"),
        "deadline": 2030, "lead": ["so-khcn", "bql-kkt-van-phong"],
        "source": src("001", "II.2.a"),
        "note": T("Cơ quan chủ trì theo nhiệm vụ 70 của Phụ lục II.",
                  "Lead agencies as in task 70 of Appendix II."),
    },
    {
        "id": "2030-body-leaders-25", "number": "",
        "name": T("Tỉ lệ cán bộ có chuyên môn, kinh nghiệm về khoa học kỹ thuật trong đội ngũ lãnh "
                  "đạo từng cơ quan, đơn vị nhà nước",
                  "Share of leaders of each state agency with S&T expertise and experience"),
        "unit": "%", "comparator": "ge", "value": 25,
        "wording": T("tối thiểu đạt 25%", "at least 25%"),
        "deadline": 2030, "lead": ["cac-so-nganh-dia-phuong"], "source": src("001", "II.2.a"),
        "note": T("Cơ quan chủ trì theo nhiệm vụ 10 của Phụ lục II.",
                  "Lead as in task 10 of Appendix II."),
    },
    {
        "id": "2030-experts-10000", "number": "",
        "name": T("Chuyên gia, kỹ sư về khoa học, công nghệ, chuyển đổi số, kinh tế số đến sinh "
                  "sống và làm việc tại Khánh Hòa",
                  "Experts and engineers in S&T, digital transformation and the digital economy "
                  "living and working in Khánh Hòa"),
        "unit": "count", "comparator": "ge", "value": 10000,
        "wording": T("vào năm 2030 đạt khoảng 10.000 người", "about 10,000 people by 2030"),
        "deadline": 2030, "lead": [], "source": src("000", "V"),
        "note": T("\"Khoảng\" 10.000 người, hiểu là \"≥\"; cơ quan chủ trì không được nêu.",
                  "\"About\" 10,000 people, read as \"≥\"; no lead agency stated."),
    },
    {
        "id": "2030-national-data-centre", "number": "",
        "name": T("Trung tâm dữ liệu quy mô quốc gia trở lên được kêu gọi đầu tư",
                  "National-scale data centres attracted"),
        "unit": "count", "comparator": "ge", "value": 1,
        "wording": T("Kêu gọi đầu tư ít nhất 01 trung tâm dữ liệu quy mô quốc gia trở lên",
                     "Attract investment in at least 1 national-scale data centre"),
        "deadline": 2030, "lead": [], "source": src("000", "V"),
        "note": T("Thuộc \"các nhiệm vụ trọng tâm đột phá đến 2030\"; cơ quan chủ trì không được "
                  "nêu.",
                  "One of the \"breakthrough tasks to 2030\"; no lead agency stated."),
    },
]

# ---------------------------------------------------------------------------------------------
# Tasks (001 Appendix II and 004 Appendix) — read from the seeds, translations by hand
# ---------------------------------------------------------------------------------------------

GROUPS_512_EN = {
    "I": "Raise awareness, break through in thinking, build strong political resolve and create "
         "new momentum across society for S&T, innovation and digital transformation in Khánh Hòa",
    "II": "Implement new policies for breakthrough development of S&T, innovation and digital "
          "transformation in Khánh Hòa",
    "III": "Increase investment in and complete the infrastructure for S&T, innovation and "
           "digital transformation",
    "IV": "Develop and employ high-quality human resources and talent for S&T, innovation and "
          "digital transformation in the province",
    "V": "Step up digital transformation and the use of S&T and innovation in the political "
         "system; improve local governance, state management in all fields, defence and security",
    "VI": "Strongly promote S&T, innovation and digital transformation in enterprises",
    "VII": "Strengthen cooperation in S&T, innovation and digital transformation of the province",
}

TASKS_512_EN = {
    1: "Run a regular, far-reaching communication programme on Resolution 57-NQ/TW: varied "
       "formats, concrete content and specific goals.",
    2: "Create dedicated S&T, innovation and digital transformation columns on television, radio "
       "and social media.",
    3: "Website publicising, supervising and tracking the indicators of this Action Programme.",
    4: "Build pilot and demonstration models; step up communication and guidance on applying "
       "technology in production.",
    5: "Launch a continuous \"digital learning\" movement on digital platforms spreading S&T, "
       "innovation and basic digital skills among officials and the public.",
    6: "Implement rules on the responsibility of heads of state agencies and of officials for "
       "annual S&T, innovation and digital transformation plans.",
    7: "Implement the scheme assessing digital transformation task completion by agencies, heads "
       "and officials; digital transformation results count in performance evaluation, emulation "
       "and annual rewards.",
    8: "Direct and instil central rules encouraging officials to be creative, dare to think, act "
       "and take responsibility in S&T, innovation and digital transformation.",
    9: "Run training for officials on S&T, innovation, digital skills and basic digital "
       "technology for digital transformation.",
    10: "Strive to place staff with S&T expertise and experience in the leadership of each state "
        "agency and unit.",
    11: "Set up the provincial innovation and startup support focal point by strengthening the "
        "Khánh Hòa Centre for S&T Information and Application.",
    12: "Join the network of innovation and startup centres focused on advanced technologies and "
        "digital transformation.",
    13: "Launch a province-wide emulation movement for a successful digital transformation.",
    14: "Review, amend and issue emulation and reward rules to honour scientists, inventors, "
        "enterprises, organisations and individuals with achievements in S&T, innovation and "
        "digital transformation.",
    15: "Set up a venture capital fund for innovative startups, technology incubation and digital "
        "transformation.",
    16: "Pilot a state-supervised testing mechanism for new technologies and business models; "
        "complete the liability exemption for losses from objective causes.",
    17: "Advise on special policies for investment, public investment and public procurement of "
        "R&D results and digital products and services.",
    18: "Advise on incentives and simpler investment procedures in S&T, innovation and digital "
        "transformation, following ministry guidance.",
    19: "Implement reformed financial mechanisms for S&T, innovation and digital transformation "
        "tasks: simpler dossiers and settlement, autonomy over research funds, IP protection with "
        "benefit sharing.",
    20: "Implement legal provisions that accept risk, venture investment and delays in research, "
        "technology development and innovation.",
    21: "Review and reorganise local state agencies' structure, functions and powers to unify and "
        "improve state management of S&T, innovation and digital transformation.",
    22: "Implement the list of fields, advanced technologies, key projects and potential areas "
        "for attracting investment in S&T, innovation and digital transformation.",
    23: "Adapt internal procedures for electronic processing; accept electronic documents on "
        "e-ID accounts instead of paper; cut dossier components once data are digitised.",
    24: "Advise on a Provincial People's Council resolution on mechanisms supporting resources for "
        "S&T and innovation.",
    25: "Link research, application and training; turn the province's institutes, research "
        "centres and universities into strong research actors.",
    26: "Build a scheme for the advanced technology and industry programme; pilot policies "
        "promoting R&D and technology transfer in oceanography, biotechnology, aquaculture, "
        "vaccines, tourism and other fields.",
    27: "Allocate at least 15% of the state S&T recurrent budget to research, technology and "
        "innovation.",
    28: "Implement public-private partnership policies for technology R&D.",
    29: "Step up big-data-based AI applications in sector and local digital solutions linked to "
        "state management.",
    30: "Deploy shared digital platforms of each sector, working uniformly and interoperably.",
    31: "Build the programme/plan for the digital economy, digital society and digital "
        "infrastructure.",
    32: "Build, connect and share databases for socio-economic development; launch open-data "
        "initiatives.",
    33: "Build and implement a smart-city pilot scheme for at least 2 eligible localities (cities, "
        "towns).",
    34: "Apply IoT in sectors such as trade, energy, agriculture, transport and health; make "
        "industrial parks smart with IoT.",
    35: "Develop resilient telecom and Internet infrastructure: high-speed fibre broadband and "
        "5G/6G mobile networks covering the whole province.",
    36: "Build, manage and use local databases that are interoperable and shared; treat data as a "
        "production resource (big data, AI, data economy).",
    37: "Upgrade IT infrastructure; connect the ministerial and provincial administrative-procedure "
        "systems with the National Population Database.",
    38: "Set up the Provincial Data Development Steering Committee; invest in and make effective "
        "use of the provincial data centre.",
    39: "Develop the network of innovation and startup centres focused on technology and digital "
        "transformation.",
    40: "Build a concentrated IT park; implement the high-tech mariculture pilot, the national "
        "ocean technology research centre, digital technology and R&D centres and startup "
        "support; build a high-tech park.",
    41: "Carry out the tasks of Plan 8027/KH-UBND (23/07/2024) implementing Programme 78-CTr/TU "
        "on Resolution 45-NQ/TW on the intelligentsia, and approved human-resource schemes "
        "(semiconductors, high and advanced technology).",
    42: "Strengthen STEM education and career guidance; detect and nurture STEM talent early; "
        "invest in specialised and gifted schools for natural sciences.",
    43: "Attract and recruit outstanding teachers and lecturers, linked to appointing professors "
        "and associate professors.",
    44: "Implement scholarships and tuition waivers for STEM students and trainees in "
        "cybersecurity and advanced-materials engineering.",
    45: "Run talent programmes for engineers, masters and doctors; retrain technicians and offer "
        "high-quality vocational training; invest in AI and semiconductor training.",
    46: "Build online education and training platforms; develop digital university education "
        "using advanced technologies.",
    47: "Develop a network of lecturers, scientists and experts linked to expert networks in basic "
        "sciences, key engineering and advanced technologies.",
    48: "Develop and attract leading experts and scientists so that Khánh Hòa leads in "
        "oceanography, aquaculture, vaccines, tourism technology and other fields.",
    49: "Speed up the scheme upgrading Nha Trang University to a regional university.",
    50: "Regularly update and analyse the database of the province's intellectuals for "
        "socio-economic planning.",
    51: "Build and implement the Khánh Hòa Digital Transformation Programme/Plan 2026–2030 with "
        "quantified targets; evaluate and publish the results.",
    52: "Deploy the provincial intelligent operations centre (IOC), connected to sector and "
        "district IOCs.",
    53: "Plan to improve full-process online public services; personalised, data-driven digital "
        "services; public services independent of administrative boundaries.",
    54: "Build a list of S&T projects and support enterprises developing new digital applications "
        "and services under public-private partnerships.",
    55: "Plan for every citizen to have a digital identity, digital devices, digital skills and a "
        "digital account (digital citizens).",
    56: "Deploy basic solutions that support and protect people in cyberspace and build digital "
        "trust.",
    57: "Deploy digital and big-data platforms for environmental monitoring and for managing "
        "resources, nature, water and waste, with personalised public services.",
    58: "Apply AI to analyse and warn of natural disasters, respond to climate change, protect the "
        "environment and analyse defence, security and public-order risks.",
    59: "Build a scheme strengthening the provincial cybersecurity emergency response team; train "
        "cybersecurity staff in each phase.",
    60: "Implement digital transformation sub-schemes linked to Project 06 (vessel and location "
        "identification, job, real-estate and agricultural e-commerce exchanges, AI human "
        "resources, night economy, smart tourism, Directive 18/CT-TTg on e-commerce tax).",
    61: "Guide e-commerce providers to use electronic identification and authentication in "
        "e-commerce transactions.",
    62: "Interconnect e-health book, referral, re-visit and test-result data so clinics can read "
        "VNeID health books directly from their software.",
    63: "Implement digital transformation and electronic medical record schemes/projects at "
        "eligible provincial hospitals.",
    64: "Step up data connection and sharing for e-commerce, tax administration, business "
        "registration and e-invoices.",
    65: "Build and deploy digital platforms for tourism, services, resources, environment, "
        "health, education, agriculture, transport and others to strengthen monitoring and "
        "management.",
    66: "Build, issue and implement S&T and digital transformation programmes in priority fields "
        "such as oceanography, biotechnology, aquaculture, vaccines and tourism.",
    67: "Implement the scheme on S&T, innovation and digital transformation for automation in the "
        "province's security and defence tasks.",
    68: "Build and implement the plan promoting digital transformation in Khánh Hòa's business "
        "community: support activities, maturity assessment for SMEs, a local network of "
        "consultants.",
    69: "Build and publish a list of large S&T tasks and urgent digital transformation tasks; "
        "commission digital technology enterprises to carry them out.",
    70: "Establish at least one high-tech or IT industrial park in the province.",
    71: "Promote cooperation between enterprises, intellectuals, universities and S&T "
        "institutions; encourage enterprise R&D and technology transfer; develop S&T "
        "enterprises.",
    72: "Build a programme/plan promoting consumption of products and services online: products "
        "online, digital skills, digital conveniences and digital trust.",
    73: "Build a programme/plan for smart production and digital transformation in key sectors "
        "such as tourism, agriculture, education, health, transport, logistics, industry, trade "
        "and finance.",
    74: "Promote investment and invite technology enterprises to invest and locate in the "
        "province: high-tech agriculture zone, high-tech park, IT park.",
    75: "Learn from other provinces and from domestic and international experience; step up "
        "technology diplomacy and attract external resources.",
    76: "Expand cooperation on experts and S&T with advanced partners and between local and "
        "domestic/foreign enterprises; strengthen cooperation with international scientists "
        "working in the province.",
    77: "Pilot public-private partnership mechanisms to mobilise private resources in S&T, "
        "resource management, oceanography and digital technology.",
    78: "Diversify forms of investment; prioritise technology groups leading value chains; "
        "leverage foreign capital, technology, knowledge and aid.",
    79: "Build forums for S&T organisations and enterprises in the province to exchange and "
        "cooperate.",
}

NOTES_EN = {
    "Sau khi có hướng dẫn của các Bộ ngành liên quan": "After guidance from the relevant ministries",
    "Sau khi có hướng dẫn của Bộ, ngành có liên quan": "After guidance from the relevant ministries",
    "Sau khi có hướng dẫn của Bộ ngành có liên quan": "After guidance from the relevant ministries",
    "Sau khi Quốc hội ban hành Nghị quyết và hướng dẫn của Bộ, ngành liên quan.":
        "After the National Assembly issues its resolution and the relevant ministries issue "
        "guidance.",
    "sau khi Nghị quyết của Quốc hội ban hành và hướng dẫn của Bộ, ngành liên quan.":
        "After the National Assembly's resolution is issued and the relevant ministries issue "
        "guidance.",
    "Sau khi Trung ương ban hành chính sách": "After the Centre issues the policy",
}


def parse_512_tasks(text):
    start = text.index("**Phụ lục II**")
    rows = read_table(text[start:].splitlines(), 6, "TT\t")
    tasks = []
    group = None
    for tt, title, lead, coord, deadline, note in rows:
        plain = strip_tags(tt)
        m = re.fullmatch(r"([IVX]+)\.", plain)
        if m:
            group = (m.group(1), strip_tags(title))
            continue
        m = re.fullmatch(r"(\d+)\.", plain)
        if not m:
            continue
        tasks.append((int(m.group(1)), group, title, lead, coord, deadline, note))
    assert [t[0] for t in tasks] == list(range(1, 80)), [t[0] for t in tasks]
    return tasks


def build_512_tasks(text):
    out = []
    for n, (roman, heading), title, lead, coord, deadline, note in parse_512_tasks(text):
        t = {
            "id": f"512-{n}",
            "number": str(n),
            "group": T(heading, GROUPS_512_EN[roman]),
            "title": T(re.sub(r"\s+", " ", title), TASKS_512_EN[n]),
            "lead": agencies(lead, f"001 task {n} lead"),
        }
        co = agencies(coord, f"001 task {n} coordinators")
        if co:
            t["coordinators"] = co
        t["deadline"] = deadline.strip()
        if note.strip():
            t["note"] = T(note.strip(), NOTES_EN[note.strip()])
        t["source"] = src("001", f"Appendix II, {roman} task {n}")
        out.append(t)
    return out


TASKS_08TB = {
    1: ("Advise on issuing the Steering Committee's regulation on functions and tasks, its "
        "working rules and task assignment; review assigned tasks and pin responsibility down to "
        "each agency, unit, division and person.", "Plan issued", None),
    2: ("Build a set of criteria for evaluating the implementation of Resolution 57-NQ/TW.", None,
        "The basis for periodic monitoring, evaluation, scoring and ranking of task completion by "
        "agencies, units and localities; serves direction, rewards and discipline."),
    3: ("Build a detailed month-by-month disbursement roadmap for each S&T task, and keep the "
        "allocation of 2026 investment funds for S&T and digital transformation on schedule.",
        None, None),
    4: ("Issue the province-wide shared-data catalogue (deadline printed as June 2025); "
        "departments speed up digitising sector data and hand it to DOST by 31/05/2026.", None,
        None),
    5: ("Build policies attracting experts, scientists and talent; set up advisory bodies, the "
        "S&T Fund and the provincial venture capital fund; propose special financial mechanisms "
        "and rules for state-budget spending on S&T and innovation (within Q2/2026).", None,
        "The lead depends on the field: Finance leads the S&T Fund and the venture capital fund; "
        "Home Affairs leads the policies attracting experts, scientists and talent."),
    6: ("Draft and submit the province's strategic S&T development programme.",
        "List of commissioned S&T tasks", None),
    7: ("Propose S&T tasks for 2026–2030.", None, None),
    8: ("Build detailed digital-economy development scenarios for each sector and field.", None,
        None),
    9: ("Advise on implementing Plan 38-KH/TU (11/02/2026) of the Provincial Party Standing "
        "Board on digital transformation in Party bodies in 2026, and the Party's electronic "
        "administrative reform scheme under Regulation 38-QĐ/TW (09/07/2025).", None, None),
}


def build_08tb_tasks(text):
    start = text.index("Stt\t")
    rows = read_table(text[start:].splitlines(), 7, "Stt\t")
    tasks = [r for r in rows if re.fullmatch(r"\d+", r[0])]
    assert [int(r[0]) for r in tasks] == list(range(1, 10)), [r[0] for r in tasks]
    group = T("Nhiệm vụ cụ thể, giải pháp trọng tâm quý II/2026",
              "Specific tasks and key solutions for Q2/2026")
    out = []
    for stt, title, lead, coord, output, deadline, note in tasks:
        n = int(stt)
        en_title, en_output, en_note = TASKS_08TB[n]
        t = {
            "id": f"08tb-{n}",
            "number": stt,
            "group": group,
            "title": T(re.sub(r"\s+", " ", title).strip(), en_title),
            "lead": agencies(lead, f"004 task {n} lead"),
        }
        co = agencies(coord, f"004 task {n} coordinators")
        if co:
            t["coordinators"] = co
        t["deadline"] = deadline.strip()
        if output.strip():
            assert en_output, n
            t["output"] = T(output.strip(), en_output)
        if note.strip():
            t["note"] = T(note.strip(), en_note)
        t["source"] = src("004", f"Appendix, row {n}")
        out.append(t)
    return out


# ---------------------------------------------------------------------------------------------
# Budget and disbursement
# ---------------------------------------------------------------------------------------------

BUDGET = [
    {
        "id": "2025-total", "period": "2025", "category": "total", "unit": "billion_vnd",
        "planned": 350, "allocated": 311, "disbursed": 155,
        "budget_total_label": T("tổng chi ngân sách", "total budget spending"),
        "stated": {"share_of_budget_pct": 1.3, "disbursement_pct": 49.8},
        "source": src("000", "III-b.7"),
        "note": T("Tổng nguồn chi cho KH-CN, ĐMST và CĐS năm 2025 sau hợp nhất tỉnh. Gốc tính của tỷ "
                  "lệ giải ngân 49,8% không được nêu (khớp với số đã phân bổ, không khớp tổng nguồn "
                  "chi). Tổng chi ngân sách (mẫu số của 1.3%) không được nêu. Chi đầu tư 191,5 + "
                  "chi thường xuyên 119 = 310,5 tỷ so với 311 tỷ đã phân bổ.",
                  "2025 envelope for S&T, innovation and digital transformation after the merger. "
                  "The base of the 49.8% disbursement rate is not stated (it matches the "
                  "allocation, not the envelope). Total budget spending (the base of 1.3%) is not "
                  "given. Investment 191.5 + recurrent 119 = 310.5 billion against 311 billion "
                  "allocated."),
    },
    {
        "id": "2025-investment", "period": "2025", "category": "investment", "unit": "billion_vnd",
        "allocated": 191.5, "disbursed": 112, "stated": {"disbursement_pct": 58.4},
        "source": src("000", "III-b.7"),
        "note": T("\"Chi đầu tư 191,5 tỷ, giải ngân 112 tỷ (tỷ lệ: 58,4%)\"; 191,5 tỷ được hiểu là "
                  "số đã phân bổ.",
                  "\"Investment 191.5 billion, disbursed 112 billion (58.4%)\"; 191.5 billion is "
                  "read as the allocation."),
    },
    {
        "id": "2025-recurrent", "period": "2025", "category": "recurrent", "unit": "billion_vnd",
        "allocated": 119, "disbursed": 43, "stated": {"disbursement_pct": 36},
        "source": src("000", "III-b.7"),
        "note": T("\"Chi thường xuyên 119 tỷ, giải ngân 43 tỷ (tỷ lệ: 36%)\"; 119 tỷ được hiểu là "
                  "số đã phân bổ.",
                  "\"Recurrent 119 billion, disbursed 43 billion (36%)\"; 119 billion is read as "
                  "the allocation."),
    },
    {
        "id": "2026-total", "period": "2026", "category": "total", "unit": "million_vnd",
        "planned": 604030, "budget_total": 32004264,
        "budget_total_label": T("chi ngân sách địa phương", "local budget spending"),
        "stated": {"share_of_budget_pct": 1.9},
        "source": src("000", "V"),
        "note": T("Tổng dự toán năm 2026. Số phân bổ và giải ngân năm 2026 chưa được công bố; tiến "
                  "độ giải ngân theo tháng trong bộ dữ liệu là số liệu minh họa.",
                  "2026 estimate. 2026 allocation and disbursement are not published; the monthly "
                  "disbursement figures in this dataset are illustrative."),
    },
    {
        "id": "2026-investment", "period": "2026", "category": "investment",
        "unit": "million_vnd", "planned": 400000, "source": src("000", "V"),
        "note": T("Chi đầu tư phát triển, dự toán 2026.", "Development investment, 2026 estimate."),
    },
    {
        "id": "2026-recurrent", "period": "2026", "category": "recurrent", "unit": "million_vnd",
        "planned": 204030, "source": src("000", "V"),
        "note": T("Chi thường xuyên, dự toán 2026.", "Recurrent spending, 2026 estimate."),
    },
]
for line in BUDGET:
    line.setdefault("stated", {})

# Illustrative roadmaps: cumulative % of the 2026 estimate planned by the end of each month, and
# illustrative Q1 disbursement (million VND) — slow, as 004 (I) reports.
ROADMAP_PCT = {
    "2026-investment": [1, 3, 7, 12, 19, 27, 37, 48, 60, 73, 87, 100],
    "2026-recurrent": [5, 10, 16, 23, 31, 39, 48, 57, 66, 76, 88, 100],
}
Q1_DISBURSED = {
    "2026-investment": [0, 2500, 6800],
    "2026-recurrent": [4100, 8900, 14600],
}


def build_disbursement():
    planned = {line["id"]: line["planned"] for line in BUDGET if line["period"] == "2026"}
    series = {}
    for lid, pcts in ROADMAP_PCT.items():
        series[lid] = [round(planned[lid] * p / 100) for p in pcts]
        series[lid][-1] = planned[lid]
    series["2026-total"] = [a + b for a, b in zip(series["2026-investment"],
                                                  series["2026-recurrent"])]
    actual = dict(Q1_DISBURSED)
    actual["2026-total"] = [a + b for a, b in zip(actual["2026-investment"],
                                                  actual["2026-recurrent"])]
    assert series["2026-total"][-1] == planned["2026-total"]
    out = []
    for lid in ("2026-total", "2026-investment", "2026-recurrent"):
        for m in range(1, 13):
            row = {"line": lid, "month": m, "planned_cumulative": series[lid][m - 1]}
            if m <= 3:
                row["disbursed_cumulative"] = actual[lid][m - 1]
            row["source"] = src(ILL, "2026 roadmap; Q1/2026")
            row["illustrative"] = True
            out.append(row)
    return out


# ---------------------------------------------------------------------------------------------
# Figures (000): reported numbers with their stated parts and ratios
# ---------------------------------------------------------------------------------------------

AS_OF = "2026-01-06"  # "đến nay" in report 000


def P(vi, en, value):
    return {"name": T(vi, en), "value": value}


def F(id_, vi, en, value, unit, period, section, parts=None, exhaustive=True, ratio=None,
      also=None, note=None, sid="000"):
    f = {"id": id_, "name": T(vi, en), "value": value, "unit": unit, "period": period}
    if parts:
        f["parts"] = parts
    if not exhaustive:
        f["parts_exhaustive"] = False
    if ratio:
        num, den, scale = ratio
        f["ratio"] = {"numerator": num, "denominator": den, "scale": scale}
    if also:
        f["also_stated"] = also
    f["source"] = src(sid, section)
    if note:
        f["note"] = note
    return f


MORE_THAN = T("Báo cáo ghi \"hơn\"/\"trên\" con số này.", "The report says \"more than\" this number.")
ABOUT = T("Báo cáo ghi \"khoảng\"/\"gần\" con số này.", "The report says \"about\" this number.")

FIGURES = [
    # Awareness and media (000 III.1).
    F("nq57-classes", "Lớp quán triệt, tuyên truyền Nghị quyết 57-NQ/TW",
      "Classes spreading Resolution 57-NQ/TW", 1654, "count", "2025", "III.1"),
    F("nq57-attendance", "Lượt người tham dự các lớp quán triệt Nghị quyết 57-NQ/TW",
      "Attendance at Resolution 57-NQ/TW classes", 80512, "count", "2025", "III.1"),
    F("nq57-conference-delegates", "Đại biểu dự hội nghị toàn quốc ngày 13/01/2025 qua các điểm cầu",
      "Delegates at the national conference of 13/01/2025 via provincial video links", 11920,
      "count", "2025-01-13", "III.1"),
    F("digital-literacy-reach", "Lượt người được tuyên truyền phong trào \"Bình dân học vụ số\"",
      "People reached by the \"Digital literacy for all\" campaign", 50000, "count", "2025",
      "III.1", note=MORE_THAN),
    F("media-tv-items", "Tin, phóng sự, chuyên mục truyền hình về chuyển đổi số",
      "TV news items, reports and programmes on digital transformation", 200, "count", "2025",
      "III.1", note=MORE_THAN),
    F("media-radio-items", "Tin, bài, chuyên mục phát thanh về khoa học, công nghệ, chuyển đổi số",
      "Radio items on S&T and digital transformation", 120, "count", "2025", "III.1",
      note=MORE_THAN),
    F("media-print-issues", "Số chuyên trang Chuyển đổi số trên báo in",
      "Print issues of the digital transformation page", 24, "count", "2025", "III.1"),
    F("media-online-articles", "Tin, bài đăng trên chuyên mục Chuyển đổi số của Báo Khánh Hòa điện tử",
      "Articles in the online digital transformation section", 250, "count", "2025", "III.1",
      note=ABOUT),
    # Training.
    F("officials-trained-dx", "Cán bộ, công chức, viên chức được bồi dưỡng kiến thức, kỹ năng chuyển đổi số",
      "Officials trained in digital transformation knowledge and skills", 8600, "count", "2025",
      "III.1, fn 2 (1)", note=MORE_THAN),
    F("officials-trained-tthc", "Cán bộ, công chức, viên chức được tập huấn sử dụng hệ thống giải quyết TTHC",
      "Officials trained on the administrative-procedure system", 3540, "count", "2025",
      "III.1, fn 2 (6)", note=MORE_THAN),
    F("officials-trained-architecture", "Cán bộ, công chức, viên chức được tập huấn Khung kiến trúc số phiên bản 4.0",
      "Officials trained on the digital architecture framework v4.0", 100, "count", "2025",
      "III.1, fn 2 (4)", also=[{"value": 120, "source": src("000", "III.4, fn 9")}],
      note=MORE_THAN),
    F("police-cyber-classes", "Lớp đào tạo, diễn tập an toàn thông tin, an ninh mạng của Công an tỉnh",
      "Provincial Police cybersecurity training classes and drills", 40, "count", "2025",
      "III.1, fn 2, item \"(10)\"",
      parts=[P("Lớp cơ bản", "Basic classes", 20), P("Lớp chuyên sâu (cán bộ, chiến sỹ)", "Advanced class (police staff)", 1),
             P("Lớp đào tạo chuyên sâu về an toàn, an ninh mạng", "In-depth cybersecurity classes", 16)],
      exhaustive=False,
      note=T("Báo cáo ghi \"gần 40 lớp\"; ngoài các lớp liệt kê còn có diễn tập, đào tạo thực chiến.",
             "The report says \"nearly 40 classes\"; drills and live-fire training come on top of "
             "the classes listed.")),
    F("dx-events", "Hội thảo, hội nghị, tập huấn nâng cao kiến thức, kỹ năng chuyển đổi số",
      "Digital transformation workshops, conferences and training sessions", 11, "count", "2025",
      "III.4; fn 9"),
    F("dx-event-participants", "Người tham dự các hội thảo, hội nghị, tập huấn chuyển đổi số",
      "Participants in the digital transformation events", 2800, "count", "2025", "III.4",
      note=ABOUT),
    F("univ-support-teams", "Tổ hỗ trợ chuyển đổi số của các trường đại học, cao đẳng",
      "University and college digital transformation support teams", 8, "count", "2025", "III.4"),
    F("univ-support-members", "Giảng viên, sinh viên tham gia tổ hỗ trợ chuyển đổi số",
      "Lecturers and students in the support teams", 162, "count", "2025", "III.4; III-b.5"),
    F("signature-training", "Người dự tập huấn trực tuyến về chữ ký số chuyên dùng công vụ (10/9/2025)",
      "Participants in the official digital-signature training (10/09/2025)", 600, "count",
      "2025-09-10", "III.4, fn 9; III.5, fn 10", note=ABOUT),
    F("radio-licence-owners", "Chủ tàu cá được tập huấn hồ sơ cấp phép tần số vô tuyến điện",
      "Fishing-boat owners trained on radio-frequency licence applications", 279, "count",
      "2025-06", "III.4, fn 9"),
    F("idvn-registrations", "Lượt đăng ký tên miền id.vn của sinh viên sau hội thảo",
      "id.vn domain registrations by students after the workshops", 483, "count", AS_OF,
      "III.4, fn 9"),
    # Infrastructure (000 III.3).
    F("dc-sites", "Địa điểm của Trung tâm dữ liệu tỉnh", "Sites of the provincial data centre", 2,
      "count", AS_OF, "III.3"),
    F("dc-physical-servers", "Máy chủ vật lý tại Trung tâm dữ liệu tỉnh", "Physical servers in the data centre", 71,
      "count", AS_OF, "III.3"),
    F("dc-virtual-servers", "Máy chủ ảo hóa tại Trung tâm dữ liệu tỉnh", "Virtual servers in the data centre", 130,
      "count", AS_OF, "III.3"),
    F("dc-storage", "Năng lực lưu trữ của Trung tâm dữ liệu tỉnh", "Storage capacity of the data centre", 1100,
      "TB", AS_OF, "III.3", note=MORE_THAN),
    F("lgsp-api-sets", "Bộ API dịch vụ tích hợp dữ liệu triển khai trên LGSP (23/23)",
      "Data-integration API sets deployed on the LGSP (23 of 23)", 23, "count", AS_OF,
      "III.3; fn 5"),
    F("wan-points", "Điểm kết nối mạng diện rộng (WAN) của tỉnh", "Connection points of the provincial WAN", 19,
      "count", AS_OF, "III.3"),
    F("online-meetings", "Phiên họp trực tuyến", "Online meetings held", 60, "count", "2025",
      "III.3", note=MORE_THAN),
    F("cert-official", "Chứng thư số chuyên dùng công vụ đã cấp",
      "Official-use digital certificates issued", 24600, "count", AS_OF, "III.3, fn 6",
      parts=[P("USB token", "USB token", 17570), P("SIM PKI", "SIM PKI", 458),
             P("Ký số tập trung", "Remote (centralised) signing", 6571)],
      note=T("Tính từ khi sắp xếp đơn vị hành chính cấp tỉnh.",
             "Counted since the provincial rearrangement.")),
    F("cert-public", "Chứng thư số công cộng đã cấp cho cá nhân và doanh nghiệp",
      "Public digital certificates issued to individuals and businesses", 15972, "count", AS_OF,
      "III.3, fn 7",
      parts=[P("Chứng thư số cá nhân", "Personal certificates", 9968),
             P("Chứng thư số doanh nghiệp", "Business certificates", 6004)]),
    F("cert-official-renewed", "Thuê bao chứng thư số chuyên dùng công vụ được thay đổi, gia hạn",
      "Official-use certificate subscriptions changed or renewed", 5707, "count", "2025-10-31",
      "III.5, fn 10"),
    F("ioc-modules", "Phân hệ phần mềm của Trung tâm IOC", "Software modules of the IOC", 7,
      "count", AS_OF, "III.3, fn 8",
      parts=[P("Phần mềm kết nối, tích hợp dữ liệu", "Data connection and integration", 1),
             P("Phần mềm thu thập dữ liệu", "Data collection", 1),
             P("Phần mềm phân tích, xử lý dữ liệu", "Data analysis and processing", 1),
             P("Phần mềm quản lý thông tin tổng hợp", "Consolidated information management", 1),
             P("Phần mềm giám sát điều hành IOC", "IOC monitoring and operations", 1),
             P("Phần mềm quản lý không gian tài nguyên đô thị", "Urban resource space management", 1),
             P("Phần mềm quản lý, kết nối, vận hành đa thiết bị IoT", "IoT device management", 1)]),
    F("telecom-operators", "Doanh nghiệp viễn thông hoạt động trên địa bàn tỉnh",
      "Telecom operators active in the province", 6, "count", AS_OF, "III.3"),
    F("cable-total", "Tổng chiều dài tuyến cáp truyền dẫn", "Total transmission cable length",
      17600, "km", AS_OF, "III.3",
      parts=[P("Cáp quang", "Fibre", 16712), P("Cáp đồng", "Copper", 825)], exhaustive=False,
      note=T("Cáp quang + cáp đồng = 17.537 km; phần còn lại có thể là loại cáp khác.",
             "Fibre + copper = 17,537 km; the rest may be other cable types.")),
    F("fibre-underground", "Tuyến phố có cáp quang hạ ngầm", "Street routes with underground fibre",
      2325, "km", AS_OF, "III.3"),
    F("fibre-underground-share", "Tỷ lệ km tuyến phố có cáp quang hạ ngầm",
      "Share of street-route km with underground fibre", 14, "%", AS_OF, "III.3",
      note=T("Mẫu số không được nêu.", "The denominator is not stated.")),
    F("bts-stations", "Trạm thu phát sóng thông tin di động", "Mobile base stations", 3584,
      "count", AS_OF, "III.3", parts=[P("Trạm dùng chung", "Shared stations", 1066)],
      exhaustive=False),
    F("bts-5g", "Trạm BTS mạng 5G", "5G base stations", 350, "count", AS_OF, "III.3"),
    F("5g-population-coverage", "Tỷ lệ dân số được phủ sóng 5G", "Population covered by 5G", 51,
      "%", AS_OF, "III.3", also=[{"value": 47, "source": src("000", "III.3")}],
      note=T("Cùng đoạn nêu \"phủ sóng 51% dân số\" và \"5G 47%\".",
             "The same paragraph says \"covering 51% of the population\" and \"5G 47%\".")),
    F("mobile-coverage", "Tỷ lệ phủ sóng mạng di động", "Mobile network coverage", 100, "%",
      AS_OF, "III.3"),
    F("mobile-coverage-3g", "Tỷ lệ phủ sóng 3G", "3G coverage", 99, "%", AS_OF, "III.3"),
    F("mobile-coverage-4g", "Tỷ lệ phủ sóng 4G", "4G coverage", 100, "%", AS_OF, "III.3"),
    F("population", "Dân số (cơ sở tính tỷ lệ nhân lực KH&CN)",
      "Population (base of the S&T workforce ratio)", 2200000, "count", AS_OF, "III.4",
      note=T("\"Tính cho số liệu 2,2 triệu dân\". Các mật độ viễn thông ở mục III.3 ứng với khoảng "
             "1,898 triệu dân.",
             "\"Computed on 2.2 million people\". The telecom densities of section III.3 imply "
             "about 1.898 million.")),
    F("phone-subs", "Thuê bao điện thoại", "Telephone subscriptions", 2365582, "count", AS_OF,
      "III.3"),
    F("phone-subs-per-100", "Mật độ thuê bao điện thoại trên 100 dân",
      "Telephone subscriptions per 100 inhabitants", 124.63, "per_100_inhabitants", AS_OF,
      "III.3", ratio=("phone-subs", "population", 100),
      note=T("Mẫu số dân số của báo cáo không được nêu; với 2,2 triệu dân (mục III.4) tỷ lệ khác.",
             "The report's population base is not stated; with 2.2 million (section III.4) the "
             "ratio differs.")),
    F("mobile-broadband-subs", "Thuê bao truy nhập Internet băng rộng di động",
      "Mobile broadband subscriptions", 2560700, "count", AS_OF, "III.3"),
    F("mobile-broadband-per-100", "Thuê bao băng rộng di động trên 100 dân",
      "Mobile broadband subscriptions per 100 inhabitants", 134.9, "per_100_inhabitants", AS_OF,
      "III.3", ratio=("mobile-broadband-subs", "population", 100),
      note=T("Mẫu số dân số của báo cáo không được nêu; với 2,2 triệu dân (mục III.4) tỷ lệ khác.",
             "The report's population base is not stated; with 2.2 million (section III.4) the "
             "ratio differs.")),
    F("ftth-subs", "Thuê bao băng rộng cố định FTTH hộ gia đình",
      "Household FTTH fixed broadband subscriptions", 518121, "count", AS_OF, "III.3"),
    F("ftth-per-100-households", "Tỷ lệ hộ gia đình sử dụng băng rộng cố định FTTH",
      "Household FTTH subscriptions per 100 households", 102.92, "per_100_households", AS_OF,
      "III.3",
      note=T("Báo cáo ghi \"102,92%\" (đứng đầu cả nước); trên 100% nên được hiểu là số thuê bao "
             "trên 100 hộ. Số hộ không được nêu.",
             "Stated as \"102.92%\" (first nationwide); above 100%, so read as subscriptions per "
             "100 households. The number of households is not given.")),
    # Human resources (000 III.4).
    F("st-workforce", "Người thực hiện công tác nghiên cứu và có liên quan đến KH&CN",
      "People in research or S&T-related work", 2900, "count", AS_OF, "III.4", note=MORE_THAN),
    F("st-workforce-per-10000", "Nhân lực KH&CN trên một vạn dân",
      "S&T workforce per 10,000 inhabitants", 13, "per_10000_inhabitants", AS_OF, "III.4",
      ratio=("st-workforce", "population", 10000)),
    F("civil-servants", "Công chức, viên chức (mẫu số tỷ lệ chuyên trách chuyển đổi số)",
      "Civil servants and public employees (base of the DX-dedicated ratio)", 5632, "count",
      AS_OF, "III.4"),
    F("dx-staff-dedicated", "Công chức, viên chức chuyên trách về chuyển đổi số",
      "Civil servants dedicated to digital transformation", 155, "count", AS_OF, "III.4"),
    F("dx-staff-dedicated-share", "Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số",
      "Share of civil servants dedicated to digital transformation", 2.75, "%", AS_OF, "III.4",
      ratio=("dx-staff-dedicated", "civil-servants", 100),
      note=T("Mức Bộ KH&CN đề ra là ≥ 10%. Mục III-b.6 nêu 6,09% cho cả chuyên trách và kiêm "
             "nhiệm.",
             "MOST's level is ≥ 10%. Section III-b.6 gives 6.09% for dedicated and concurrent "
             "staff together.")),
    F("community-digital-teams", "Tổ công nghệ số cộng đồng (100% thôn, tổ dân phố)",
      "Community digital technology teams (100% of villages and residential groups)", 2340,
      "count", AS_OF, "III.4"),
    F("community-team-members", "Thành viên Tổ công nghệ số cộng đồng",
      "Community digital team members", 11700, "count", AS_OF, "III.4", note=MORE_THAN),
    F("ict-workforce", "Nhân lực ICT", "ICT workforce", 1721, "count", AS_OF, "III.4"),
    # Digital government (000 III.5).
    F("plan02-phase1-units", "Đơn vị hoàn thành 100% tiêu chí giai đoạn 1 Kế hoạch 02 (65/65)",
      "Units completing 100% of the Plan 02 phase-1 criteria (65 of 65)", 65, "count",
      "2025-12-24", "III.5"),
]

BLOCS = [
    ("party", "Khối Đảng ủy", "Party bloc", 31, 32, 96.90),
    ("ppc", "Khối UBND", "People's Committee bloc", 30, 32, 93.8),
    ("front", "Khối MTTQ", "Fatherland Front bloc", 25, 31, 80.6),
    ("council", "Khối HĐND", "People's Council bloc", 19, 22, 86.4),
]
FIGURES += [
    F("plan02-phase2-met", "Tiêu chí giai đoạn 2 Kế hoạch 02 đã hoàn thành (toàn tỉnh)",
      "Plan 02 phase-2 criteria met (province-wide)", 104, "count", "2025-12-24", "III.5",
      parts=[P(vi, en, met) for _, vi, en, met, _, _ in BLOCS]),
    F("plan02-phase2-total", "Tổng số tiêu chí giai đoạn 2 Kế hoạch 02",
      "Plan 02 phase-2 criteria in total", 117, "count", "2025-12-24", "III.5",
      parts=[P(vi, en, tot) for _, vi, en, _, tot, _ in BLOCS]),
]
for key, vi, en, met, tot, pct in BLOCS:
    FIGURES += [
        F(f"plan02-phase2-{key}-met", f"Tiêu chí giai đoạn 2 đã hoàn thành — {vi}",
          f"Phase-2 criteria met — {en}", met, "count", "2025-12-24", "III.5"),
        F(f"plan02-phase2-{key}-total", f"Tiêu chí giai đoạn 2 — {vi}",
          f"Phase-2 criteria — {en}", tot, "count", "2025-12-24", "III.5"),
        F(f"plan02-phase2-{key}-share", f"Tỷ lệ hoàn thành tiêu chí giai đoạn 2 — {vi}",
          f"Share of phase-2 criteria met — {en}", pct, "%", "2025-12-24", "III.5",
          ratio=(f"plan02-phase2-{key}-met", f"plan02-phase2-{key}-total", 100),
          note=(T("Báo cáo ghi \"96,90%\" (hai chữ số thập phân).",
                  "Stated as \"96.90%\" (two decimals).") if key == "party" else None)),
    ]

FIGURES += [
    F("eoffice-sites", "Site trên Hệ thống Quản lý văn bản và điều hành",
      "Sites on the document-management system", 238, "count", AS_OF, "III.5"),
    F("edocs-total", "Văn bản đi/đến trên môi trường mạng toàn tỉnh",
      "Electronic documents sent and received province-wide", 1256206, "count", AS_OF,
      "III.5, fn 11",
      parts=[P("Văn bản đi", "Outgoing", 376147), P("Văn bản đến", "Incoming", 880059)],
      note=T("Từ 01/7/2025 đến thời điểm báo cáo.", "From 01/07/2025 to the report date.")),
    F("edocs-outgoing", "Văn bản đi", "Outgoing documents", 376147, "count", AS_OF, "fn 11",
      parts=[P("Cấp tỉnh", "Province level", 150458), P("Cấp xã", "Commune level", 225689)]),
    F("edocs-incoming", "Văn bản đến", "Incoming documents", 880059, "count", AS_OF, "fn 11",
      parts=[P("Cấp tỉnh", "Province level", 352034), P("Cấp xã", "Commune level", 528036)]),
    F("edocs-signed-share", "Tỷ lệ gửi nhận văn bản điện tử và sử dụng chữ ký số cá nhân công vụ",
      "Electronic documents sent and received with personal official digital signatures", 100,
      "%", AS_OF, "III.5"),
    F("pakn-officer-accounts", "Tài khoản cán bộ đầu mối tiếp nhận PAKN",
      "Officer accounts receiving citizen feedback (PAKN)", 512, "count", AS_OF, "III.5"),
    F("pakn-citizen-accounts", "Tài khoản người dân, doanh nghiệp đăng ký Hệ thống PAKN",
      "Citizen and business accounts on the PAKN system", 9002, "count", AS_OF, "III.5"),
    F("petitions-submitted", "Phản ánh, kiến nghị gửi trên Hệ thống PAKN",
      "Petitions submitted on the PAKN system", 867, "count", AS_OF, "III.5",
      note=T("Từ 01/7/2025; báo cáo ghi \"bình quân hơn 5 PAKN/ngày\".",
             "Since 01/07/2025; the report says \"more than 5 petitions a day on average\".")),
    F("petitions-eligible", "Phản ánh, kiến nghị đủ điều kiện tiếp nhận",
      "Petitions eligible for handling", 652, "count", AS_OF, "III.5, fn 12",
      parts=[P("Đã giải quyết", "Resolved", 566), P("Đang xử lý", "Being processed", 77),
             P("Chưa được tiếp nhận xử lý", "Not yet accepted", 9)]),
    F("email-accounts", "Tài khoản thư điện tử công vụ đã cấp",
      "Official email accounts issued", 11322, "count", AS_OF, "III.5"),
    F("email-accounts-2025", "Tài khoản thư điện tử công vụ tạo mới, khôi phục, điều chỉnh năm 2025",
      "Official email accounts created, restored or modified in 2025", 4985, "count", "2025",
      "III.5, fn 13"),
    F("tthc-published", "Thủ tục hành chính công khai trên Cổng Dịch vụ công quốc gia",
      "Administrative procedures published on the National Public Service Portal", 2124, "count",
      AS_OF, "III.5"),
    F("dossiers-received", "Hồ sơ TTHC mới tiếp nhận trong kỳ",
      "Administrative-procedure dossiers newly received", 193470, "count", AS_OF, "III.5, fn 14",
      parts=[P("Trực tuyến", "Online", 72819),
             P("Trực tiếp và qua dịch vụ bưu chính", "In person and by post", 120651)]),
    F("dossiers-online", "Hồ sơ TTHC tiếp nhận trực tuyến", "Dossiers received online", 72819,
      "count", AS_OF, "fn 14"),
    F("dossiers-carried-over", "Hồ sơ từ kỳ trước chuyển qua", "Dossiers carried over", 10136,
      "count", AS_OF, "fn 14"),
    F("dossiers-online-share", "Tỷ lệ trực tuyến trên tổng số hồ sơ tiếp nhận",
      "Online share of dossiers received", 37.6, "%", AS_OF, "III.5",
      ratio=("dossiers-online", "dossiers-received", 100)),
    F("dossiers-online-share-published",
      "Tỷ lệ trực tuyến trên tổng số hồ sơ được công bố trực tuyến có phát sinh hồ sơ",
      "Online share among procedures published online that received dossiers", 49.1, "%", AS_OF,
      "III.5"),
    F("ioc-services", "Dịch vụ giám sát và điều hành thông minh của Trung tâm IOC",
      "Smart monitoring and operations services of the IOC", 16, "count", AS_OF, "III.5, fn 15",
      parts=[P(vi, en, 1) for vi, en in [
          ("Thống kê, phân tích chỉ tiêu kinh tế - xã hội", "Socio-economic indicator statistics"),
          ("Phản ánh hiện trường", "Field reports"),
          ("Thông tin kết quả giải quyết TTHC", "Administrative-procedure results"),
          ("Dữ liệu quy hoạch", "Planning data"),
          ("Giám sát không gian tài nguyên đô thị", "Urban resource monitoring"),
          ("Phân tích thông tin mạng xã hội", "Social-media analysis"),
          ("Cảnh báo thời tiết nguy hiểm, thiên tai", "Weather and disaster warnings"),
          ("Quan trắc môi trường nước và không khí", "Water and air monitoring"),
          ("Giám sát an toàn, an ninh mạng", "Cybersecurity monitoring"),
          ("IOC Giao thông", "Transport IOC"),
          ("IOC Y tế", "Health IOC"),
          ("IOC Giáo dục", "Education IOC"),
          ("Dữ liệu IoT và camera hiện trường", "IoT and camera data"),
          ("Phòng cháy, chữa cháy", "Fire prevention"),
          ("Hạ tầng dịch vụ công ích", "Utility infrastructure"),
          ("Dịch vụ phát sinh mới", "New services as needed"),
      ]]),
    F("ioc-users", "Người dùng Trung tâm IOC", "IOC user accounts", 546, "count", AS_OF, "III.5"),
    F("ioc-datasets-auto", "Bộ dữ liệu tích hợp, đồng bộ tự động vào IOC",
      "Datasets synchronised automatically into the IOC", 5, "count", AS_OF, "III.5, fn 16",
      parts=[P(vi, en, 1) for vi, en in [
          ("Hệ thống thông tin giải quyết TTHC tỉnh", "Provincial administrative-procedure system"),
          ("Cổng Dịch vụ công quốc gia", "National Public Service Portal"),
          ("Hệ thống phản ánh, kiến nghị", "Citizen feedback system"),
          ("IOC ngành giáo dục", "Education IOC"),
          ("Bộ chỉ số KPI của tỉnh", "Provincial KPI set"),
      ]]),
    F("ioc-forms-integrated", "Biểu mẫu chỉ tiêu số liệu tích hợp trực tiếp vào IOC",
      "Indicator forms integrated directly into the IOC", 88, "count", AS_OF, "III.5, fn 16"),
    F("ioc-forms-total", "Biểu mẫu chỉ tiêu số liệu theo Quyết định 2071/QĐ-UBND",
      "Indicator forms under Decision 2071/QĐ-UBND", 217, "count", AS_OF, "III.5, fn 16"),
    F("gis-apps-shared", "Phần mềm GIS dùng chung", "Shared GIS applications", 3, "count", AS_OF,
      "III.5"),
    F("gis-apps-specialised", "Phần mềm GIS chuyên ngành", "Specialised GIS applications", 13,
      "count", AS_OF, "III.5"),
    F("cchc-units", "Đơn vị chấm điểm cải cách hành chính trên phần mềm",
      "Units scoring administrative reform on the software", 92, "count", "2025", "III.5"),
    F("shared-databases", "Cơ sở dữ liệu dùng chung đang vận hành",
      "Shared databases in operation", 30, "count", AS_OF, "III.5; fn 21", note=MORE_THAN),
    # Enterprises (000 III.6).
    F("st-enterprises", "Doanh nghiệp khoa học và công nghệ", "S&T enterprises", 14, "count",
      AS_OF, "III.6"),
    F("st-enterprise-revenue", "Doanh thu từ sản phẩm KH, CN và ĐMST của doanh nghiệp KH&CN",
      "S&T enterprises' revenue from S&T and innovation products", 175, "billion_vnd", "2024",
      "III.6", note=MORE_THAN),
    F("digital-tech-enterprises", "Doanh nghiệp công nghệ số đang hoạt động",
      "Active digital technology enterprises", 2680, "count", AS_OF, "III.6"),
    F("digital-tech-enterprise-revenue", "Doanh thu của doanh nghiệp công nghệ số",
      "Revenue of digital technology enterprises", 3500, "billion_vnd", "2025", "III.6",
      note=ABOUT),
    # Cooperation (000 III.7).
    F("coop-tasks-lorient", "Nhiệm vụ hợp tác đề xuất với Cộng đồng đô thị Lorient (Pháp)",
      "Cooperation tasks proposed with Lorient agglomeration (France)", 2, "count", "2025",
      "III.7.a"),
    F("coop-tasks-st-petersburg", "Nhiệm vụ hợp tác đề xuất với thành phố Xanh Pê-téc-bua (Nga)",
      "Cooperation tasks proposed with Saint Petersburg (Russia)", 1, "count", "2025", "III.7.a"),
    F("apac-barcode-delegates", "Đại biểu Diễn đàn Mã số mã vạch châu Á - Thái Bình Dương 2025",
      "Delegates at the 2025 Asia-Pacific barcode forum", 132, "count", "2025-10", "III.7.b",
      parts=[P("Đại biểu quốc tế (23 quốc gia/vùng lãnh thổ)",
               "International delegates (23 countries/territories)", 74)], exhaustive=False),
    F("msdi-delegates", "Đại biểu Hội thảo quốc tế MSDI 2025", "Delegates at MSDI 2025", 245,
      "count", "2025", "III.7.b",
      parts=[P("Chuyên gia quốc tế", "International experts", 12)], exhaustive=False),
    F("netzero-delegates", "Đại biểu hội thảo quốc tế Netzero Study Tour",
      "Delegates at the Netzero Study Tour workshop", 60, "count", "2025", "III.7.b",
      parts=[P("Chuyên gia quốc tế", "International experts", 3)], exhaustive=False),
    F("intl-conferences", "Hội nghị, hội thảo quốc tế về KH&CN phối hợp tổ chức",
      "International S&T conferences co-organised", 7, "count", "2025", "III.7.b",
      parts=[P(vi, en, 1) for vi, en in [
          ("MAPR 2025 (8/2025)", "MAPR 2025 (08/2025)"),
          ("CASEAN-9 (9/2025)", "CASEAN-9 (09/2025)"),
          ("ICAEP-9 (10/2025)", "ICAEP-9 (10/2025)"),
          ("VNIX NOG 2025 (10/2025)", "VNIX NOG 2025 (10/2025)"),
          ("Mật mã học trong thế giới đa cực (10/2025)", "Cryptography in a multipolar world (10/2025)"),
          ("Hội thảo quốc tế lần thứ 11 về Dữ liệu lớn và Phân tích thông tin (11/2025)",
           "11th international workshop on big data and information analysis (11/2025)"),
          ("SOICT 2025 (dự kiến 12/2025)", "SOICT 2025 (expected 12/2025)"),
          ("Hội thảo CNTT cho các Cơ quan Sở hữu trí tuệ (dự kiến 01/2026)",
           "IT workshop for IP offices (expected 01/2026)"),
      ]],
      note=T("Báo cáo ghi \"07\" nhưng liệt kê 8 sự kiện, trong đó 2 sự kiện mới \"dự kiến\".",
             "The report says \"07\" but lists 8 events, 2 of them only \"expected\".")),
    # Health, S&T, structure.
    F("hospitals-emr", "Bệnh viện đã công bố áp dụng bệnh án điện tử",
      "Hospitals that have announced electronic medical records", 20, "count", AS_OF, "III-b.5",
      parts=[P("Bệnh viện tuyến tỉnh", "Provincial hospitals", 15),
             P("Trung tâm Y tế khu vực", "Regional health centres", 5),
             P("Bệnh viện tư nhân", "Private hospitals", 5)],
      note=T("Câu văn không rõ 5 bệnh viện tư nhân có nằm trong 20 bệnh viện hay không.",
             "The sentence is ambiguous about whether the 5 private hospitals are among the 20.")),
    F("communes-community-teams-share", "Tỷ lệ xã, phường đã thành lập Tổ công nghệ số cộng đồng",
      "Communes and wards with a community digital team", 100, "%", AS_OF, "III-b.5"),
    F("st-proposals", "Đề xuất nhiệm vụ khoa học và công nghệ", "S&T task proposals", 108,
      "count", "2025", "III-b.3; IV"),
    F("st-tasks-selected-2025", "Nhiệm vụ KH&CN được vào danh mục năm 2025",
      "S&T tasks selected for 2025", 33, "count", "2025", "III-b.3"),
    F("st-tasks-selected-2026", "Nhiệm vụ KH&CN được vào danh mục năm 2026",
      "S&T tasks selected for 2026", 3, "count", "2025", "III-b.3"),
    F("st-projects-accepted", "Đề tài/dự án KH&CN được nghiệm thu",
      "S&T projects formally accepted", 10, "count", "2025", "III-b.3",
      note=T("Trong đó 01 đề tài được đánh giá xuất sắc.", "One of them rated excellent.")),
    F("ip-applications", "Đơn đăng ký bảo hộ độc quyền từ kết quả nghiên cứu cấp tỉnh",
      "Exclusive-protection applications from provincial research", 1, "count", "2025",
      "III-b.3"),
    F("nq57-thematic-conferences", "Hội nghị chuyên đề thực hiện Nghị quyết 57-NQ/TW (12/2025)",
      "Thematic Resolution 57 conferences (12/2025)", 5, "count", "2025-12", "IV"),
    F("communes", "Xã, phường, đặc khu", "Communes, wards and special zone", 65, "count", AS_OF,
      "V", also=[{"value": 65, "source": src("003", "II.2")}]),
]

# ---------------------------------------------------------------------------------------------
# Assembly and checks
# ---------------------------------------------------------------------------------------------


def check(d):
    ids = {e["id"] for e in d["entities"]}
    assert len(ids) == len(d["entities"]), "duplicate entity"
    sources = {s["id"] for s in d["sources"]}
    used = set()

    def ent(i, where):
        assert i in ids, f"{where}: unknown entity {i}"
        used.add(i)

    def srcref(s, where):
        assert s["id"] in sources, f"{where}: unknown source {s['id']}"

    ent(d["meta"]["province"], "meta")
    fw = d["frameworks"][0]
    codes = {x["code"] for x in fw["indicators"]}
    for x in fw["indicators"]:
        if "responsible" in x:
            ent(x["responsible"], x["code"])
        for c in x.get("coordinating", []):
            ent(c, x["code"])
    metrics = {m["code"] for m in d["metrics"]}

    framework_codes = {f["id"]: {x["code"] for x in f["indicators"]} for f in d["frameworks"]}

    def code_ok(c, where):
        fid, sep, code = c.partition(":")
        if sep:
            assert code in framework_codes.get(fid, set()), f"{where}: {c}"
        else:
            assert c in metrics, f"{where}: {c}"

    keys = set()
    measured = set()
    for o in d["observations"]:
        code_ok(o["code"], "observation")
        measured.add(o["code"])
        ent(o["entity"], o["code"])
        srcref(o["source"], o["code"])
        k = (o["code"], o["entity"], o["period"])
        assert k not in keys, k
        keys.add(k)
        assert bool(o.get("illustrative")) == (o["source"]["id"] == ILL), k
    tids = set()
    for t in d["targets"]:
        assert t["id"] not in tids, t["id"]
        tids.add(t["id"])
        for l in t["lead"]:
            ent(l, t["id"])
        srcref(t["source"], t["id"])
        if "measure" in t:
            code_ok(t["measure"]["code"], t["id"])
            measured.add(t["measure"]["code"])
    for m in metrics:
        assert m in measured, f"metric {m} neither observed nor measured"
    lines = {b["id"] for b in d["budget"]}
    assert len(lines) == len(d["budget"])
    for m in d["disbursement"]:
        assert m["line"] in lines
    task_ids = set()
    for t in d["tasks"]:
        assert t["id"] not in task_ids, t["id"]
        task_ids.add(t["id"])
        assert t["lead"], t["id"]
        for l in t["lead"] + t.get("coordinators", []):
            ent(l, t["id"])
    fids = [f["id"] for f in d["figures"]]
    assert len(set(fids)) == len(fids), "duplicate figure id"
    for f in d["figures"]:
        srcref(f["source"], f["id"])
        if "ratio" in f:
            assert f["ratio"]["numerator"] in fids and f["ratio"]["denominator"] in fids, f["id"]
        if f["unit"] == "%":
            assert 0 <= f["value"] <= 100, f["id"]
    unused = [e["id"] for e in d["entities"]
              if e["id"] not in used and e["kind"] != "peer_province"]
    assert not unused, f"entities never referenced: {unused}"


def build(seeds):
    t001 = seed_text(seeds, "001")
    t004 = seed_text(seeds, "004")
    dataset = {
        "format": "chiso/1",
        "meta": META,
        "sources": SOURCES,
        "entities": ENTITIES,
        "frameworks": [build_framework(), pii_table.framework()],
        "metrics": METRICS,
        "observations": build_observations()
        + pii_table.observations("khanh-hoa", [p[0] for p in PEERS]),
        "targets": build_targets(t001),
        "budget": BUDGET,
        "disbursement": build_disbursement(),
        "tasks": build_512_tasks(t001) + build_08tb_tasks(t004),
        "figures": FIGURES,
    }
    check(dataset)
    return dataset


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=pathlib.Path, default=DEFAULT_SEEDS)
    ap.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    d = build(args.seeds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(d, ensure_ascii=False, indent=2) + "\n"
    args.out.write_text(text, encoding="utf-8")
    ind = len(d["frameworks"][0]["indicators"])
    print(f"wrote {args.out}: {ind} indicators, {len(d['metrics'])} metrics, "
          f"{len(d['observations'])} observations, {len(d['targets'])} targets, "
          f"{len(d['budget'])} budget lines, {len(d['disbursement'])} disbursement rows, "
          f"{len(d['tasks'])} tasks, {len(d['figures'])} figures, {len(d['entities'])} entities",
          file=sys.stderr)


if __name__ == "__main__":
    main()
