"""The PII part of the default dataset: the framework, Khánh Hòa's published results and an
ILLUSTRATIVE national table that lets the composite and its what-if work.

What is official (000 III-b.4): the PII 2025 total 46.54 and rank 9/34, and the names of the
components 000 calls strengths and weaknesses. The input and output sub-indices 46.80 and 46.28 come
from the published PII 2025 results as quoted in the project's issue tracker; they are not in the
four source documents, so they are flagged illustrative. Every indicator value is illustrative: the
sources publish none. Values are shaped so that Khánh Hòa ranks high on the components 000 names as
strengths and low on those it names as weaknesses.
"""

def T(vi, en):
    return {"vi": vi, "en": en}


def src(sid, section=""):
    return {"id": sid, "section": section} if section else {"id": sid}


ILL = "illustrative"

# (code, parent, vi, en) of the tree above the indicators.
PILLARS = [
    ("PII", None, "Chỉ số đổi mới sáng tạo cấp địa phương (PII)", "Provincial Innovation Index (PII)"),
    ("input", "PII", "Chỉ số phụ đầu vào", "Input sub-index"),
    ("output", "PII", "Chỉ số phụ đầu ra", "Output sub-index"),
    ("1", "input", "Thể chế", "Institutions"),
    ("2", "input", "Vốn con người và nghiên cứu phát triển", "Human capital and research"),
    ("3", "input", "Cơ sở hạ tầng", "Infrastructure"),
    ("4", "input", "Trình độ phát triển của thị trường", "Market sophistication"),
    ("5", "input", "Trình độ phát triển của kinh doanh", "Business sophistication"),
    ("6", "output", "Sản phẩm kiến thức, sáng tạo và công nghệ",
     "Knowledge, creative and technology outputs"),
    ("7", "output", "Tác động", "Impact"),
]

# (code, pillar, vi, en, unit, direction, values: Khánh Hòa first, then the peers in PEERS order:
#  Đà Nẵng, Hà Nội, TP. HCM, Hải Phòng, Quảng Ninh, Bắc Ninh, Huế, Cần Thơ, Đồng Nai, Lâm Đồng)
INDICATORS = [
    ("1.1", "1", "Quản trị môi trường", "Environmental governance", "points", "higher",
     [7.1, 6.8, 5.9, 5.6, 6.2, 7.0, 6.0, 6.9, 5.8, 5.5, 6.4]),
    ("1.2", "1", "Chi ngân sách cho khoa học, công nghệ trên GRDP",
     "Budget spending on science and technology per GRDP", "% GRDP", "higher",
     [0.08, 0.21, 0.35, 0.19, 0.15, 0.17, 0.12, 0.18, 0.14, 0.10, 0.11]),
    ("2.1", "2", "Điểm trung bình thi tốt nghiệp THPT",
     "Average upper-secondary graduation score", "points", "higher",
     [6.21, 6.78, 6.85, 6.74, 6.69, 6.52, 6.81, 6.58, 6.44, 6.47, 6.39]),
    ("2.2", "2", "Số tổ chức khoa học và công nghệ trên 1 vạn dân",
     "S&T organisations per 10,000 inhabitants", "per_10000_inhabitants", "higher",
     [0.62, 0.55, 0.71, 0.48, 0.31, 0.22, 0.18, 0.44, 0.36, 0.15, 0.29]),
    ("3.1", "3", "Hạ tầng số", "Digital infrastructure", "points", "higher",
     [8.4, 8.6, 8.8, 8.7, 7.9, 8.1, 8.2, 7.4, 7.2, 7.0, 6.6]),
    ("4.1", "4", "Mật độ doanh nghiệp trên 1.000 dân trong độ tuổi lao động",
     "Enterprise density per 1,000 working-age inhabitants", "per_1000_inhabitants", "higher",
     [14.8, 17.9, 20.3, 21.6, 12.4, 11.8, 10.9, 9.1, 8.7, 9.6, 7.2]),
    ("4.2", "4", "Dư nợ tín dụng khu vực tư nhân trên GRDP",
     "Private-sector credit per GRDP", "% GRDP", "higher",
     [68.0, 94.0, 121.0, 118.0, 72.0, 61.0, 66.0, 59.0, 71.0, 63.0, 55.0]),
    ("5.1", "5", "Số doanh nghiệp ngành dịch vụ và chuyên môn khoa học, công nghệ",
     "Enterprises in professional, scientific and technical services", "count", "higher",
     [2140, 1980, 9800, 14100, 1650, 890, 1020, 760, 830, 1190, 540]),
    ("5.2", "5", "Số dự án sản xuất trong khu công nghiệp",
     "Production projects in industrial parks", "count", "higher",
     [38, 96, 410, 650, 520, 310, 1450, 42, 88, 1100, 35]),
    ("5.3", "5", "Số dự án đầu tư vào khu công nghiệp",
     "Investment projects in industrial parks", "count", "higher",
     [6, 14, 35, 41, 44, 29, 77, 9, 12, 58, 5]),
    ("6.1", "6", "Số đơn đăng ký sáng chế, giải pháp hữu ích",
     "Patent and utility-solution applications", "count", "higher",
     [96, 88, 1320, 1510, 120, 64, 180, 58, 47, 72, 31]),
    ("6.2", "6", "Số đơn đăng ký nhãn hiệu trên 1.000 doanh nghiệp",
     "Trademark applications per 1,000 enterprises", "count", "higher",
     [48, 71, 93, 88, 62, 66, 58, 69, 57, 52, 61]),
    ("6.3", "6", "Số sản phẩm OCOP đạt 4 sao trở lên", "OCOP products rated 4 stars or more",
     "count", "higher",
     [151, 60, 310, 72, 95, 140, 66, 88, 102, 118, 134]),
    ("6.4", "6", "Số doanh nghiệp khoa học và công nghệ", "S&T enterprises", "count", "higher",
     [14, 32, 420, 310, 40, 22, 35, 19, 28, 26, 17]),
    ("6.5", "6", "Số doanh nghiệp khởi nghiệp sáng tạo", "Innovative start-ups", "count", "higher",
     [21, 95, 1150, 1600, 60, 28, 45, 42, 38, 33, 24]),
    ("7.1", "7", "Tốc độ tăng chỉ số sản xuất công nghiệp", "Growth of the industrial production index",
     "%", "higher",
     [24.9, 8.5, 9.1, 7.8, 16.2, 11.4, 14.7, 8.9, 7.2, 10.3, 9.6]),
    ("7.2", "7", "Tốc độ tăng năng suất lao động", "Growth of labour productivity", "%", "higher",
     [9.8, 6.1, 6.4, 5.9, 8.7, 7.3, 8.1, 5.6, 5.2, 6.0, 5.4]),
    ("7.3", "7", "Thu nhập bình quân đầu người", "Income per inhabitant", "mn_vnd_per_month",
     "higher",
     [4.9, 6.3, 7.2, 7.9, 6.6, 6.1, 6.4, 4.8, 5.5, 6.0, 4.6]),
]


def framework():
    inds = []
    for code, parent, vi, en in PILLARS:
        x = {"code": code, "name": T(vi, en), "max": 100}
        if parent:
            x["parent"] = parent
        inds.append(x)
    for code, parent, vi, en, unit, direction, _ in INDICATORS:
        x = {"code": code, "parent": parent, "name": T(vi, en), "max": 100, "unit": unit}
        if direction != "higher":
            x["direction"] = direction
        inds.append(x)
    return {
        "id": "pii",
        "name": T("Chỉ số đổi mới sáng tạo cấp địa phương (PII)", "Provincial Innovation Index (PII)"),
        "index_scale": 100,
        "method": "composite",
        "min_coverage": 0.5,
        "indicators": inds,
        "source": src(ILL, "PII"),
    }


def observations(province, peer_ids):
    entities = [province] + list(peer_ids)
    obs = [
        {"code": "pii:PII", "entity": province, "period": "2025", "points": 46.54, "rank": 9,
         "rank_of": 34, "source": src("000", "III-b.4"),
         "note": T("Thang điểm và cơ quan công bố PII không được nêu trong báo cáo.",
                   "The report does not state the PII scale or its publisher.")},
    ]
    for code, value in (("input", 46.80), ("output", 46.28)):
        obs.append({
            "code": f"pii:{code}", "entity": province, "period": "2025", "points": value,
            "source": src(ILL, "PII 2025"), "illustrative": True,
            "note": T("Theo kết quả PII 2025 được dẫn trong hệ thống theo dõi công việc của dự án; "
                      "không có trong bốn văn bản nguồn.",
                      "From the PII 2025 results as quoted in the project's issue tracker; not in "
                      "the four source documents."),
        })
    for code, _, _, _, _, _, values in INDICATORS:
        assert len(values) == len(entities), code
        for entity, value in zip(entities, values):
            obs.append({
                "code": f"pii:{code}", "entity": entity, "period": "2025", "value": value,
                "source": src(ILL, "PII 2025"), "illustrative": True,
            })
    return obs
