"""Importing contacts: real-world vCard and CSV quirks, a preview, and all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from garden.domain.model import Birthday, Circle
from garden.services import importing
from garden.services.contacts import ImportFileError
from garden.services.garden import Garden


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read(tmp_path: Path, garden: Garden, name: str, data: bytes):
    return importing.read_import_file(write(tmp_path, name, data), garden)


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


# --- vCard -------------------------------------------------------------------------------

ANDROID_21 = (
    b"BEGIN:VCARD\r\n"
    b"VERSION:2.1\r\n"
    b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lef=C3=A8vre;Zo=C3=AB;;;\r\n"
    b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB Lef=C3=A8vre\r\n"
    b"TEL;CELL;PREF:+39 333 1234567\r\n"
    b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Met at the caf=C3=A9 in Lisbon, a l=\r\n"
    b"ong and happy evening.=0D=0ASecond line =E2=98=95=\r\n"
    b"\r\n"
    b"BDAY:--0517\r\n"
    b"PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    b" /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r\n"
    b"\r\n"
    b"X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Zo;1;;;;;;;;;;;;;\r\n"
    b"END:VCARD\r\n"
)


def test_vcard_21_from_a_phone_with_quoted_printable_soft_breaks(tmp_path, garden):
    (zoe,) = read(tmp_path, garden, "phone.vcf", ANDROID_21).contacts
    assert zoe.name == "Zoë Lefèvre"
    assert zoe.notes == ("Met at the café in Lisbon, a long and happy evening.\nSecond line ☕")
    assert zoe.birthday == Birthday(5, 17)


def test_vcard_21_in_latin1_with_a_charset_and_without_one(tmp_path, garden):
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n"
        b"END:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Fran\xe7oise\r\nNOTE;CHARSET=ISO-8859-1:d\xe9j\xe0\r\n"
        b"END:VCARD\r\n"
    )
    jurgen, francoise = read(tmp_path, garden, "old.vcf", data).contacts
    assert jurgen.name == "Jürgen Müller"
    assert (francoise.name, francoise.notes) == ("Françoise", "déjà")


def test_vcard_30_from_google_with_bom_folding_and_escapes(tmp_path, garden):
    text = (
        "\ufeffBEGIN:VCARD\n"
        "VERSION:3.0\n"
        "FN:Giulia Rossi\n"
        "N:Rossi;Giulia;;;\n"
        "NICKNAME:Giu,Giuli\n"
        "item1.EMAIL;TYPE=INTERNET:giulia@example.org\n"
        "item1.X-ABLabel:\n"
        "BDAY:1990-05-17\n"
        'NOTE;LANGUAGE="it":Loves cooking\\, travel\\; and music.\\nCalls on Sund\n'
        " ays.\n"
        "CATEGORIES:myContacts,Starred in Android\n"
        "END:VCARD\n"
    )
    (giulia,) = read(tmp_path, garden, "google.vcf", crlf(text)).contacts
    assert (giulia.name, giulia.nickname) == ("Giulia Rossi", "Giu")
    assert giulia.birthday == Birthday(5, 17, 1990)
    assert giulia.notes == "Loves cooking, travel; and music.\nCalls on Sundays."
    assert giulia.circle is None  # the file does not say: the meadow


def test_a_fold_that_splits_a_character_is_mended(tmp_path, garden):
    note = "ciao " + "è" * 60
    raw = f"NOTE:{note}".encode()
    cut = 75  # inside a two-byte "è"
    assert raw[cut:].decode("utf-8", errors="replace")[0] == "\ufffd"
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n" + raw[:cut] + b"\r\n " + raw[cut:]
    data += b"\r\nEND:VCARD\r\n"
    (person,) = read(tmp_path, garden, "apple.vcf", data).contacts
    assert person.notes == note


def test_vcard_40_and_apple_birthdays_without_a_year(tmp_path, garden):
    text = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Marco\nBDAY:--0517\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Old\nBDAY;VALUE=text:circa 1800\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Luca\nBDAY:19851231T000000Z\nEND:VCARD\n"
    )
    imported = read(tmp_path, garden, "mix.vcf", text.encode())
    by_name = {c.name: c.birthday for c in imported.contacts}
    assert by_name == {
        "Marco": Birthday(5, 17),
        "Anna": Birthday(2, 29),
        "Old": None,
        "Luca": Birthday(12, 31, 1985),
    }
    assert any("circa 1800" in note for note in imported.left_out)


def test_cards_without_a_name_are_left_out_and_said_so(tmp_path, garden):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nTEL:123\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nORG:Acme Plumbing;Emergencies\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:2.1\nN:Bianchi;Anna;Maria;Dr.;\nAGENT:\n"
        "BEGIN:VCARD\nVERSION:2.1\nFN:Her Assistant\nEND:VCARD\nEND:VCARD\n"
    )
    imported = read(tmp_path, garden, "mixed.vcf", crlf(text))
    assert [c.name for c in imported.contacts] == ["Acme Plumbing", "Dr. Anna Maria Bianchi"]
    assert imported.left_out == ("line 1: a card without a name was left out",)


def test_utf16_vcard_from_outlook(tmp_path, garden):
    data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王芳\r\nEND:VCARD\r\n".encode("utf-16")
    (fang,) = read(tmp_path, garden, "outlook.vcf", data).contacts
    assert fang.name == "王芳"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("BEGIN:VCARD\nVERSION:3.0\nFN:A\n", 1, "no END:VCARD"),
        ("BEGIN:VCARD\nFN:A\nEND:VCARD\nFN:B\n", 4, "outside any BEGIN:VCARD"),
        ("BEGIN:VCARD\nFN:A\nthis is not a property\nEND:VCARD\n", 3, "not a vCard property"),
        ("BEGIN:VCARD\nFN:A\nX-RELATIONSHIP-GARDEN-CIRCLE:best\nEND:VCARD\n", 3, "circle"),
        ("BEGIN:VCARD\nFN:" + "x" * 300 + "\nEND:VCARD\n", 1, "too long"),
    ],
)
def test_a_broken_vcard_names_the_file_line_and_reason(tmp_path, garden, text, line, reason):
    with pytest.raises(ImportFileError) as caught:
        read(tmp_path, garden, "broken.vcf", text.encode())
    assert caught.value.line == line
    message = str(caught.value)
    assert message.startswith(f"broken.vcf, line {line}: ") and reason in message
    assert message.endswith("nothing was imported.")


# --- CSV ---------------------------------------------------------------------------------

GOOGLE_HEADER = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value"
)


def test_google_contacts_csv(tmp_path, garden):
    rows = [
        GOOGLE_HEADER,
        (
            'Giulia,,Rossi,,,,,,Giu,,,,,1990-05-17,"Loves cooking,\nand travel",,* myContacts,'
            "* Home,giulia@example.org,Mobile,+39 333"
        ),
        "Marco,,,,,,,,,,,,,--05-17,,,* myContacts,,,,",
        ",,,,,,,,,,,,,,,,* myContacts,,,Mobile,+39 1",
        ",,,,,,,,,,Acme,,,,,,,,,,",
    ]
    imported = read(tmp_path, garden, "contacts.csv", "\n".join(rows).encode("utf-8"))
    giulia, marco, acme = imported.contacts
    assert (giulia.name, giulia.nickname, giulia.birthday) == (
        "Giulia Rossi",
        "Giu",
        Birthday(5, 17, 1990),
    )
    assert giulia.notes == "Loves cooking,\nand travel" and giulia.line == 2
    assert (marco.name, marco.birthday) == ("Marco", Birthday(5, 17))
    assert acme.name == "Acme"
    assert imported.left_out == ("line 5: a row without a name was left out",)


def test_older_google_and_outlook_headers(tmp_path, garden):
    data = (
        b"Name,Given Name,Additional Name,Family Name,Birthday,Notes\n"
        b"Anna Bianchi,Anna,,Bianchi,5/17/1990,\n"
        b",Luca,,Verdi,17/5/1985,\n"
    )
    anna, luca = read(tmp_path, garden, "google-old.csv", data).contacts
    assert (anna.name, anna.birthday) == ("Anna Bianchi", Birthday(5, 17, 1990))
    assert (luca.name, luca.birthday) == ("Luca Verdi", Birthday(5, 17, 1985))


SIMPLE = "name,birthday,circle,notes\nZoë,05-17,Heart,“quoted” notes\nSam,,,\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"], ids=str
)
def test_a_simple_csv_in_any_common_encoding(tmp_path, garden, encoding):
    imported = read(tmp_path, garden, "simple.csv", SIMPLE.encode(encoding))
    zoe, sam = imported.contacts
    assert (zoe.name, zoe.birthday, zoe.circle, zoe.notes) == (
        "Zoë",
        Birthday(5, 17),
        Circle.HEART,
        "“quoted” notes",
    )
    assert (sam.name, sam.circle) == ("Sam", None)


def test_a_headerless_csv_and_a_semicolon_one(tmp_path, garden):
    (giulia,) = read(tmp_path, garden, "plain.csv", b"Giulia Rossi,1990-05-17,close,hi\n").contacts
    assert (giulia.name, giulia.circle, giulia.notes) == ("Giulia Rossi", Circle.CLOSE, "hi")
    data = "name;birthday;circle;notes\nMarco;17.05.1980;friends;a; b\n".encode("cp1252")
    (marco,) = read(tmp_path, garden, "excel.csv", data).contacts
    assert (marco.birthday, marco.circle) == (Birthday(5, 17, 1980), Circle.FRIENDS)


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("name,circle\nA,heart\nB,best friends\n", 3, "unknown circle “best friends”"),
        ('name,notes\nA,"fine"\nB,"unclosed\n', 3, "not valid CSV"),
        ('name,notes\nA,"x"y\n', 2, "not valid CSV"),
        ("name,notes\nA,\x00\n", 2, "NUL character"),
        ("name,cadence\nA,weekly\n", 2, "not a number"),
        ("name,cadence\nA,0\n", 2, "cadence must be"),
    ],
)
def test_a_broken_csv_names_the_file_line_and_reason(tmp_path, garden, text, line, reason):
    with pytest.raises(ImportFileError) as caught:
        read(tmp_path, garden, "broken.csv", text.encode())
    assert caught.value.line == line and reason in str(caught.value)
    assert str(caught.value).startswith(f"broken.csv, line {line}: ")


# --- preview and applying -----------------------------------------------------------------


def test_the_preview_says_who_is_new_and_who_may_already_be_there(tmp_path, garden):
    garden.add_person("Zoë Lefèvre", circle=Circle.HEART)
    archived = next(iter(garden.add_person("Luca Verdi").people))
    garden.archive_person(archived)
    path = write(tmp_path, "c.csv", b"name\nzoe lefevre\nLUCA VERDI\nAnna\n")
    plan = importing.plan_import(garden, path)
    assert [c.name for c in plan.new] == ["Anna"]
    assert sorted((c.name, p.name) for c, p in plan.existing) == [
        ("LUCA VERDI", "Luca Verdi"),
        ("zoe lefevre", "Zoë Lefèvre"),
    ]
    assert len(garden.people(include_archived=True)) == 2  # a preview changes nothing


def test_importing_adds_the_new_people_to_the_meadow_after_a_backup(tmp_path, garden):
    garden.add_person("Zoë Lefèvre", circle=Circle.HEART)
    path = write(tmp_path, "c.csv", b"name,circle\nZoe Lefevre,\nAnna,\nMarco,close\n")
    plan = importing.plan_import(garden, path)
    result = importing.apply_import(garden, plan)
    assert result.people == 2 and result.skipped_existing == 1
    assert result.backup is not None and result.backup.reason == "before-import"
    circles = {p.name: p.circle for p in garden.people()}
    assert circles == {"Zoë Lefèvre": Circle.HEART, "Anna": Circle.MEADOW, "Marco": Circle.CLOSE}
    assert set(result.change.people) == {p.id for p in garden.people() if p.name != "Zoë Lefèvre"}
    # Undo takes the imported people away again.
    garden.undo(result.change)
    assert [p.name for p in garden.people()] == ["Zoë Lefèvre"]


def test_add_existing_adds_people_who_may_already_be_there(tmp_path, garden):
    garden.add_person("Anna")
    plan = importing.plan_import(garden, write(tmp_path, "c.csv", b"name\nAnna\n"))
    importing.apply_import(garden, plan, add_existing=True)
    assert [p.name for p in garden.people()] == ["Anna", "Anna"]


def test_importing_the_same_file_twice_adds_no_one_twice(tmp_path, garden):
    path = write(tmp_path, "c.vcf", ANDROID_21)
    for _ in range(2):
        importing.apply_import(garden, importing.plan_import(garden, path))
    assert [p.name for p in garden.people()] == ["Zoë Lefèvre"]


def test_imported_plants_get_varied_species(tmp_path, garden):
    rows = "name\n" + "\n".join(f"Person {n}" for n in range(16))
    importing.apply_import(
        garden, importing.plan_import(garden, write(tmp_path, "c.csv", rows.encode()))
    )
    species = [p.species for p in garden.people()]
    assert all(species.count(s) == 2 for s in set(species)) and len(set(species)) == 8


def test_a_cancelled_import_changes_nothing(tmp_path, garden):
    garden.add_person("Already here")
    rows = "name\n" + "\n".join(f"Person {n}" for n in range(5000))
    plan = importing.plan_import(garden, write(tmp_path, "c.csv", rows.encode()))
    seen: list[tuple[str, int, int]] = []

    def cancel_half_way(stage: str, done: int, total: int) -> None:
        seen.append((stage, done, total))
        if stage == "saving" and done >= total / 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        importing.apply_import(garden, plan, progress=cancel_half_way)
    assert [p.name for p in garden.people()] == ["Already here"]
    assert garden.repo.count_people() == 1
    assert seen and seen[0][0] == "saving" and seen[0][2] == 5000


def test_a_failure_while_saving_changes_nothing(tmp_path, garden, monkeypatch):
    garden.add_person("Already here")
    export = tmp_path / "full.json"
    from garden.services.exporting import export_garden

    other = Garden.open(tmp_path / "other", garden.clock)
    with other:
        pid = next(iter(other.add_person("Anna").people))
        other.log_interaction(pid)
        export_garden(other, "json", export)
    plan = importing.plan_import(garden, export)

    def broken(*args, **kwargs):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(garden.repo, "insert_interactions", broken)
    with pytest.raises(RuntimeError):
        importing.apply_import(garden, plan)
    assert [p.name for p in garden.people()] == ["Already here"]
    assert garden.interactions() == []


def test_a_newer_export_is_refused(tmp_path, garden):
    data = json.dumps({"format": "relationship-garden", "format_version": 99, "people": []})
    with pytest.raises(ImportFileError, match="newer version"):
        read(tmp_path, garden, "new.json", data.encode())


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["people"][0].update(circle="best"), "people[0]: “circle”"),
        (lambda d: d["interactions"][0].update(person=99), "interactions[0]: “person” 99"),
        (lambda d: d["interactions"][0].update(date="2999-01-01"), "out of range"),
        (lambda d: d["people"].append(dict(d["people"][0])), "people[1]: the id 1 is not unique"),
        (lambda d: d["people"][0].update(name=""), "name cannot be empty"),
        (
            lambda d: d["rests"].append({"id": 1, "from": "2026-01-02", "to": "2026-01-01"}),
            "rests[0]",
        ),
    ],
)
def test_a_broken_export_names_the_record_and_changes_nothing(tmp_path, garden, change, reason):
    source = Garden.open(tmp_path / "source", garden.clock)
    with source:
        pid = next(iter(source.add_person("Anna").people))
        source.log_interaction(pid)
        from garden.services.garden_json import garden_document

        document = garden_document(source)
    change(document)
    path = write(tmp_path, "full.json", json.dumps(document).encode())
    with pytest.raises(ImportFileError) as caught:
        importing.plan_import(garden, path)
    assert reason in str(caught.value)
    assert garden.people() == []


def test_json_syntax_errors_name_the_line(tmp_path, garden):
    with pytest.raises(ImportFileError) as caught:
        read(tmp_path, garden, "x.json", b'{"format": "relationship-garden",\n  "people": [,]}')
    assert caught.value.line == 2


# --- fuzzing: never a crash, never half an import --------------------------------------

VCARD_SAMPLE = ANDROID_21 + crlf(
    "BEGIN:VCARD\nVERSION:3.0\nFN:Giulia\nBDAY:1990-05-17\nNOTE:a\\, b\nEND:VCARD\n"
)
CSV_SAMPLE = (GOOGLE_HEADER + "\nGiulia,,Rossi,,,,,,Giu,,,,,1990-05-17,note,,,,,,\n").encode()


@st.composite
def mangled(draw: st.DrawFn, sample: bytes) -> bytes:
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(
                st.sampled_from(
                    [b"\r\n", b"=", b":", b";", b'"', b"\x00", b"\xff\xfe", b" ",
                     b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"=C3", b",", b"\n,\n",
                     b"CHARSET=rot13;", b"ENCODING=QUOTED-PRINTABLE:"]
                )
            )  # fmt: skip
        elif data:
            del data[at : at + draw(st.integers(1, 20))]
    return bytes(data)


def _check_all_or_nothing(tmp_path: Path, data: bytes, name: str) -> None:
    garden = Garden.in_memory()
    garden.add_person("Already here")
    path = tmp_path / name
    path.write_bytes(data)
    try:
        plan = importing.plan_import(garden, path)
    except ImportFileError as exc:
        assert str(exc).startswith(name) and "\n" not in str(exc).strip()
        assert garden.repo.count_people() == 1
        return
    result = importing.apply_import(garden, plan, add_existing=True)
    assert garden.repo.count_people() == 1 + len(plan.file.contacts) == 1 + result.people
    garden.close()


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=mangled(VCARD_SAMPLE))
def test_mangled_vcards_never_crash_and_never_import_half(tmp_path, data):
    _check_all_or_nothing(tmp_path, data, "fuzz.vcf")


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=mangled(CSV_SAMPLE))
def test_mangled_csv_never_crash_and_never_import_half(tmp_path, data):
    _check_all_or_nothing(tmp_path, data, "fuzz.csv")


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_random_bytes_never_crash(tmp_path, data):
    for name in ("fuzz.vcf", "fuzz.csv", "fuzz.json"):
        _check_all_or_nothing(tmp_path, data, name)
