<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <location filename="../../ui/charts.py" line="+54"/>
        <source>3 months</source>
        <translation>3 mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Press the Menu key to save the chart as a PNG or SVG picture.</source>
        <extracomment>Room for the focus frame around the figure.</extracomment>
        <translation>Premi il tasto Menu per salvare il grafico come immagine PNG o SVG.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Save chart as &amp;PNG…</source>
        <translation>Salva il grafico come &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart as &amp;SVG…</source>
        <translation>Salva il grafico come &amp;SVG…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Save chart</source>
        <translation>Salva grafico</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../../ui/snapshot/dialog.py" line="+47"/>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>Immagine SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Growth chart</source>
        <translation>Grafico di crescita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health and growth over time</source>
        <translation>Salute e crescita nel tempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;How your plant grew&lt;/b&gt;</source>
        <translation>&lt;b&gt;Com&apos;è cresciuta la pianta&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show {label}</source>
        <translation>Periodo: {label}</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+8"/>
        <source>The garden through the year</source>
        <translation>L&apos;anno del giardino</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../../ui/person/page.py" line="+94"/>
        <source>← Garden</source>
        <translation>← Giardino</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/person/page.py" line="+2"/>
        <source>Back to the garden</source>
        <translation>Torna al giardino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Your garden through the year&lt;/b&gt;</source>
        <translation>&lt;b&gt;L&apos;anno del tuo giardino&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/snapshot/dialog.py" line="+32"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Year</source>
        <translation>&amp;Anno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data.py" line="+49"/>
        <source>Contacts and garden files (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;Garden export (*.json);;All files (*)</source>
        <extracomment>How many names the import preview lists before &quot;and N more&quot;.</extracomment>
        <translation>Contatti e file del giardino (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;Esportazione del giardino (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything (JSON) — a complete copy you can import again</source>
        <translation>Tutto (JSON) — una copia completa da poter reimportare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People as a spreadsheet (CSV)</source>
        <translation>Persone come foglio di calcolo (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People as contacts (vCard)</source>
        <translation>Persone come contatti (vCard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays as a calendar (ICS)</source>
        <translation>Compleanni come calendario (ICS)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planting…</source>
        <translation>Messa a dimora…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import {name}</source>
        <translation>Importa {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; holds the contacts of %n people (vCard).</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; contiene i contatti di %n persona (vCard).</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; contiene i contatti di %n persone (vCard).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a spreadsheet of %n people (CSV).</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; è un foglio di calcolo con %n persona (CSV).</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; è un foglio di calcolo con %n persone (CSV).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a garden export with %n people.</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; è un&apos;esportazione del giardino con %n persona.</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; è un&apos;esportazione del giardino con %n persone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>New to your garden (%n), planted in the meadow unless the file says otherwise:</source>
        <translation>
            <numerusform>Persona nuova (%n), che andrà nel prato se il file non indica altrimenti:</numerusform>
            <numerusform>Persone nuove (%n), che andranno nel prato se il file non indica altrimenti:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add them anyway, as separate people</source>
        <translation>Aggiungile comunque, come persone distinte</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>May already be in your garden (%n):</source>
        <translation>
            <numerusform>Forse già nel tuo giardino (%n):</numerusform>
            <numerusform>Forse già nel tuo giardino (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} — like {match}</source>
        <translation>{name} — simile a {match}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n moments together come along.</source>
        <translation>
            <numerusform>Verrà importato anche %n momento insieme.</numerusform>
            <numerusform>Verranno importati anche %n momenti insieme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{notes}; and %n more</source>
        <translation>
            <numerusform>{notes}; e %n altra</numerusform>
            <numerusform>{notes}; e altre %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: {notes}</source>
        <translation>Lasciato fuori: {notes}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… e %n altro nome</numerusform>
            <numerusform>… e altri %n nomi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import people</source>
        <translation>Importa persone</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+15"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+46"/>
        <location line="+7"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>What would you like to export?</source>
        <translation>Cosa vuoi esportare?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported files are readable by you only. A CSV is safe to open in a spreadsheet: cells that would run as formulas are escaped.</source>
        <translation>Solo tu puoi leggere i file esportati. Un CSV si può aprire senza rischi in un foglio di calcolo: le celle che verrebbero eseguite come formule vengono neutralizzate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/snapshot/dialog.py" line="+31"/>
        <source>&amp;Save…</source>
        <translation>&amp;Salva…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup is made every day you open the garden, and before an upgrade, an import or a restore. Each one is checked before it counts.</source>
        <translation>Ogni giorno in cui apri il giardino viene fatto un backup, e anche prima di un aggiornamento, di un&apos;importazione o di un ripristino. Ogni backup viene verificato prima di essere considerato valido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups, newest first</source>
        <translation>Backup, dal più recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up now</source>
        <translation>Fai un &amp;backup ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;folder</source>
        <translation>Apri &amp;cartella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Backed up ({size}).</source>
        <translation>Backup completato ({size}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore this backup?</source>
        <translation>Ripristinare questo backup?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the garden back as it was on {when}?

The garden as it is now is backed up first, so you can come back to it.</source>
        <translation>Riportare il giardino com&apos;era il {when}?

Prima viene fatto un backup del giardino com&apos;è adesso, così potrai tornarci.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored the garden as it was on {when}.</source>
        <translation>Il giardino è tornato com&apos;era il {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The garden as it was is kept as {name}.</source>
        <translation>Il giardino com&apos;era prima è conservato come {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="+30"/>
        <source>Heart — the few closest, about weekly</source>
        <translation>Cuore — le persone più care, circa ogni settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close — good friends, about monthly</source>
        <translation>Vicini — amicizie strette, circa ogni mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends — every few months</source>
        <translation>Amici — ogni qualche mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meadow — wider circle, never a reminder</source>
        <translation>Prato — la cerchia più ampia, nessun promemoria</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plant someone new</source>
        <translation>Pianta una persona nuova</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their name, as you say it</source>
        <translation>Il suo nome, come lo dici tu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name problem</source>
        <translation>Problema con il nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/person/page.py" line="+37"/>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle</source>
        <translation>Cerchia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rhythm in days</source>
        <translation>Ritmo in giorni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the circle suggests</source>
        <translation>Secondo la cerchia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/person/page.py" line="+1"/>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, or MM-DD without the year</source>
        <translation>AAAA-MM-GG, o MM-GG senza l&apos;anno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday problem</source>
        <translation>Problema con il compleanno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plant</source>
        <translation>Pianta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen for variety</source>
        <translation>Scelta per dare varietà</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/person/page.py" line="+1"/>
        <source>How you met</source>
        <translation>Come vi conoscete</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/person/page.py" line="+2"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="+24"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nic&amp;kname</source>
        <translation>S&amp;oprannome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Circle</source>
        <translation>&amp;Cerchia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rhythm</source>
        <translation>&amp;Ritmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birthday</source>
        <translation>Comp&amp;leanno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plant</source>
        <translation>&amp;Pianta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you &amp;met</source>
        <translation>Co&amp;me vi conoscete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics you share</source>
        <translation>Ar&amp;gomenti in comune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A name, please: it goes under their plant.</source>
        <translation>Un nome, per favore: comparirà sotto la sua pianta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_log.py" line="+43"/>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call</source>
        <translation>&amp;Chiamata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Video</source>
        <translation>&amp;Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;person</source>
        <translation>&amp;Di persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letter or gift</source>
        <translation>&amp;Lettera o regalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity</source>
        <translation>&amp;Attività</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Brief</source>
        <translation>&amp;Breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Good talk</source>
        <translation>B&amp;ella chiacchierata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deep</source>
        <translation>&amp;Profonda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Me</source>
        <translation>Mia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They did</source>
        <translation>Sua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Di entrambi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I helped them</source>
        <translation>Ho dato una mano io</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They helped me</source>
        <translation>Mi ha dato una mano</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{group}: {choice}</source>
        <translation>{group}: {choice}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit moment</source>
        <translation>Modifica momento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a moment</source>
        <translation>Annota un momento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who this moment is with</source>
        <translation>Con chi è questo momento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>How deep</source>
        <translation>Profondità</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who reached out</source>
        <translation>Di chi è stata l&apos;iniziativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A favour</source>
        <translation>Un favore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything to remember? (Shift+Enter for a new line)</source>
        <translation>Qualcosa da ricordare? (Shift+Enter per andare a capo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Things you shared this time</source>
        <translation>Cose condivise questa volta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Who</source>
        <translation>C&amp;hi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;hen</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depth</source>
        <translation>Profondità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reached out</source>
        <translation>&amp;Iniziativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top&amp;ics</source>
        <translation>Ar&amp;gomenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Favour</source>
        <translation>&amp;Favore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shared</source>
        <translation>C&amp;ondivise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save this moment</source>
        <translation>Salva questo momento</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Keep typing, or pick from the list</source>
        <translation>Continua a scrivere o scegli dall&apos;elenco</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Shared: {thing}</source>
        <translation>Condivisa: {thing}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No one matches “{text}”.</source>
        <translation>Nessuna persona corrisponde a “{text}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who was this moment with?</source>
        <translation>Con chi era questo momento?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The moment could not be saved; see the message in the window.</source>
        <translation>Non è stato possibile salvare il momento; vedi il messaggio nella finestra.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reminder_settings.py" line="+66"/>
        <source>now</source>
        <translation>adesso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>today at {time}</source>
        <translation>oggi alle {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {time}</source>
        <translation>domani alle {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {day} at {time}</source>
        <translation>{day} alle {time}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reminders and start at login</source>
        <translation>Promemoria e avvio all&apos;accesso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People in a day&apos;s note</source>
        <translation>Persone nel riepilogo del giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays coming up are always mentioned, even beyond this</source>
        <translation>I compleanni in arrivo sono sempre ricordati, anche oltre questo numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the note comes</source>
        <translation>Quando arriva il riepilogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quiet hours, from</source>
        <translation>&amp;Ore di silenzio, dalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet from</source>
        <translation>Silenzio dalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet until</source>
        <translation>Silenzio fino alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the quiet hours</source>
        <translation>Problema con le ore di silenzio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days ahead</source>
        <translation> giorni prima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention birthdays this many days ahead</source>
        <translation>Quanti giorni prima ricordare i compleanni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at &amp;login, quietly in the tray</source>
        <translation>A&amp;vvia all&apos;accesso, in silenzio nell&apos;area di notifica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the next note comes</source>
        <translation>Quando arriva il prossimo riepilogo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People a day</source>
        <translation>&amp;Persone al giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note comes at</source>
        <translation>&amp;Riepilogo alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Birthdays</source>
        <translation>&amp;Compleanni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One gentle note a day, with a few people who might enjoy hearing from you.</source>
        <translation>Un piccolo riepilogo al giorno, con qualche persona a cui farebbe piacere sentirti.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Quiet hours need to end at another time than they start.</source>
        <translation>Le ore di silenzio devono finire a un orario diverso da quello d&apos;inizio.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{time} falls in your quiet hours, so the note comes when they end, at {end}.</source>
        <translation>Alle {time} sei nelle ore di silenzio, quindi il riepilogo arriva quando finiscono, alle {end}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminders are paused until you resume them.</source>
        <translation>I promemoria sono in pausa finché non li riattivi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next note comes {when}.</source>
        <translation>Il prossimo riepilogo arriva {when}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The settings could not be saved; see the message in the window.</source>
        <translation>Non è stato possibile salvare le impostazioni; vedi il messaggio nella finestra.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/save_thing.py" line="+41"/>
        <source>Save something to share</source>
        <translation>Salva qualcosa da condividere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who would enjoy it? A name or nickname</source>
        <translation>A chi piacerebbe? Un nome o un soprannome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it for</source>
        <translation>Da salvare per</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to share</source>
        <translation>Cosa condividere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A song, a recipe, a link, a meme…</source>
        <translation>Una canzone, una ricetta, un link, un meme…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;For</source>
        <translation>&amp;Per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What</source>
        <translation>&amp;Cosa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it for them</source>
        <translation>Salvala per questa persona</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No one matches “{name}”.</source>
        <translation>Nessuna persona corrisponde a “{name}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who would you like to share it with?</source>
        <translation>Con chi vorresti condividerla?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It could not be saved; see the message in the window.</source>
        <translation>Non è stato possibile salvarla; vedi il messaggio nella finestra.</translation>
    </message>
    <message>
        <location filename="../../ui/garden_view/canvas.py" line="+58"/>
        <source>a full heart: this bed usually holds about five people</source>
        <translation>un cuore pieno: di solito quest&apos;aiuola accoglie circa cinque persone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a busy bed: close friends are usually about fifteen</source>
        <translation>un&apos;aiuola vivace: di solito le persone vicine sono una quindicina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a crowded bed: maybe some friends belong in the meadow</source>
        <translation>un&apos;aiuola affollata: forse qualche amicizia sta meglio nel prato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wide meadow</source>
        <translation>un prato ampio</translation>
    </message>
    <message>
        <location filename="../../ui/garden_view/accessible.py" line="+99"/>
        <location filename="../../ui/garden_view/canvas.py" line="+44"/>
        <source>Garden</source>
        <extracomment>The text size (pixels) the garden&apos;s layout is drawn for: a 10 pt font on a 96 dpi screen. A larger system font makes the whole garden larger, so names stay readable and in place.</extracomment>
        <translation>Giardino</translation>
    </message>
    <message>
        <location filename="../../ui/garden_view/canvas.py" line="+3"/>
        <source>Your plants in their beds. Arrow keys move between plants; Enter opens a person&apos;s page.</source>
        <translation>Le tue piante nelle loro aiuole. I tasti freccia passano da una pianta all&apos;altra; Invio apre la pagina della persona.</translation>
    </message>
    <message>
        <location filename="../../ui/garden_view/empty.py" line="+22"/>
        <source>A seedling in fresh soil</source>
        <translation>Una piantina nella terra fresca</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An empty garden</source>
        <translation>Un giardino vuoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your garden is waiting for its first seed</source>
        <translation>Il tuo giardino aspetta il suo primo seme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add someone you would like to stay close to. Each person grows as a plant with the moments you share.
A few people tended well are worth more than a long list.</source>
        <translation>Aggiungi una persona a cui vuoi restare vicino. Ogni persona cresce come una pianta con i momenti che condividete.
Poche persone curate bene valgono più di un lungo elenco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plant your first seed…</source>
        <translation>Pianta il primo seme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plant your first seed: add a person</source>
        <translation>Pianta il primo seme: aggiungi una persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try a demo garden</source>
        <translation>Apri un giardino di prova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try a demo garden in a separate window; your garden stays empty</source>
        <translation>Apri un giardino di prova in una finestra separata; il tuo giardino resta vuoto</translation>
    </message>
    <message>
        <location filename="../../ui/garden_view/view.py" line="+26"/>
        <source>Garden view</source>
        <translation>Vista del giardino</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+65"/>
        <source>Find by name, circle, topic, or how they are doing (thirsty, asleep, blooming…)</source>
        <translation>Cerca per nome, cerchia, argomento o come sta (assetata, addormentata, fiorita…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find plants</source>
        <translation>Cerca piante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search result</source>
        <translation>Risultato della ricerca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close search</source>
        <translation>Chiudi la ricerca</translation>
    </message>
    <message>
        <location line="+80"/>
        <location filename="../../ui/today_panel.py" line="+77"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last action</source>
        <translation>Ultima azione</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Aggiungi persona…</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="+332"/>
        <source>&amp;Quick log…</source>
        <translation>Annota al &amp;volo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+8"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export yearly &amp;snapshot…</source>
        <translation>Esporta l&apos;i&amp;stantanea annuale…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close window</source>
        <translation>&amp;Chiudi finestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/recovery.py" line="+51"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+160"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Close search ({keys})</source>
        <translation>Chiudi la ricerca ({keys})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Demo garden — Relationship Garden</source>
        <translation>Giardino di prova — Relationship Garden</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annulla “{what}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+160"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ripeti “{what}”</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Quick &amp;log…</source>
        <translation>Annota al &amp;volo…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Modifica persona…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the &amp;garden</source>
        <translation>Torna al &amp;giardino</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The garden through the &amp;year</source>
        <translation>L&apos;&amp;anno del giardino</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vanti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;indietro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fit garden to window</source>
        <translation>Adatta alla &amp;finestra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Dimensione reale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Today panel</source>
        <translation>Pannello &amp;Oggi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colours</source>
        <translation>&amp;Colori</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Follow the &amp;system</source>
        <translation>Segui il siste&amp;ma</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Scuro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Garden</source>
        <translation>&amp;Giardino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;person page</source>
        <translation>&amp;Apri la pagina della persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reminders and start at login…</source>
        <translation>&amp;Promemoria e avvio all&apos;accesso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try a &amp;demo garden…</source>
        <translation>Apri un &amp;giardino di prova…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How plants grow</source>
        <translation>&amp;Come crescono le piante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Relationship Garden</source>
        <translation>&amp;Informazioni su Relationship Garden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today&apos;s backup could not be made: {problem}</source>
        <translation>Non è stato possibile fare il backup di oggi: {problem}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{summary} — {keys} to undo</source>
        <translation>{summary} — {keys} per annullare</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The garden will speak the chosen language the next time it starts.</source>
        <translation>Il giardino parlerà la lingua scelta dal prossimo avvio.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Exported to {written}</source>
        <translation>Esportato in {written}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No one matches</source>
        <translation>Nessuna persona trovata</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n persona trovata</numerusform>
            <numerusform>%n persone trovate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How plants grow</source>
        <translation>Come crescono le piante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every moment you share waters a plant: deeper and more personal moments water more, and a plant that waits longer drinks more.

Plants grow slowly with steady care, grow thirsty when time passes, and fall asleep after a long quiet. They never die: reconnect and a new shoot appears.

Heart friends like a weekly word, close friends a monthly one, friends one every few months. The meadow never wilts.</source>
        <translation>Ogni momento condiviso annaffia una pianta: i momenti più profondi e personali la annaffiano di più, e una pianta che aspetta da più tempo beve di più.

Le piante crescono piano con cure costanti, diventano assetate quando passa il tempo e si addormentano dopo un lungo silenzio. Non muoiono mai: fatti sentire e spunterà un nuovo germoglio.

La cerchia del cuore gradisce una parola ogni settimana, quella dei vicini una al mese, gli amici una ogni qualche mese. Il prato non appassisce mai.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Relationship Garden</source>
        <translation>Informazioni su Relationship Garden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Relationship Garden&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;What is the point of knowing 500 people and feeling comfortable reaching out to three?&lt;br&gt;&lt;br&gt;Your garden stays on this computer. No account, no server, no network.</source>
        <translation>&lt;b&gt;Relationship Garden&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Che senso ha conoscere 500 persone e sentirsi a proprio agio a contattarne solo tre?&lt;br&gt;&lt;br&gt;Il tuo giardino resta su questo computer. Nessun account, nessun server, nessuna rete.</translation>
    </message>
    <message>
        <location filename="../../ui/person/page.py" line="-45"/>
        <source>Person page</source>
        <translation>Pagina della persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the garden ({keys})</source>
        <translation>Torna al giardino ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their plant</source>
        <translation>La sua pianta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Log a moment…</source>
        <translation>&amp;Annota un momento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifica dati…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let &amp;go…</source>
        <translation>&amp;Lascia andare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move them out of the garden with a note; you can bring them back any time</source>
        <translation>Porta questa persona fuori dal giardino con una nota; puoi riportarla quando vuoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Riporta nel giardino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You share</source>
        <translation>In comune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline of your moments together</source>
        <translation>Cronologia dei vostri momenti insieme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit moment…</source>
        <translation>Modifica momento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete moment</source>
        <translation>Elimina momento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No moments yet. Log one when you next talk.</source>
        <translation>Ancora nessun momento. Annotane uno la prossima volta che vi sentite.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Your moments together&lt;/b&gt;</source>
        <translation>&lt;b&gt;I vostri momenti insieme&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{circle} circle</source>
        <translation>Cerchia {circle}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>about every %n days</source>
        <translation>
            <numerusform>circa ogni %n giorno</numerusform>
            <numerusform>circa ogni %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resting outside the garden</source>
        <translation>A riposo fuori dal giardino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let go on {date}</source>
        <translation>Lasciata andare il {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}: “{note}”</source>
        <translation>{when}: “{note}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{doing} · {stage} · last together {last}</source>
        <translation>{doing} · {stage} · ultima volta insieme: {last}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name}. {text}</source>
        <translation>{name}. {text}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Let go of {name}</source>
        <translation>Lascia andare {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letting a relationship rest is normal. Their story stays here, and you can bring them back any time.

A note for later (optional):</source>
        <translation>Lasciare riposare una relazione è normale. La vostra storia resta qui, e puoi riportare questa persona nel giardino quando vuoi.

Una nota per il futuro (facoltativa):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete {name}?</source>
        <translation>Eliminare {name}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {name} and all your moments together? You can undo this with {keys} while the window is open. To keep their story, choose “Let go” instead.</source>
        <translation>Eliminare {name} e tutti i vostri momenti insieme? Puoi annullare con {keys} finché la finestra è aperta. Per conservare la vostra storia, scegli invece “Lascia andare”.</translation>
    </message>
    <message>
        <location filename="../../ui/person/things.py" line="+74"/>
        <source>Things to share</source>
        <translation>Cose da condividere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Things to share&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cose da condividere&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show shared ones</source>
        <translation>Mostra quelle condivise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list what you already shared, to put one back</source>
        <translation>Elenca anche le cose già condivise, per rimetterne una in lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Things to share; tick one when you shared it</source>
        <translation>Cose da condividere; spunta quella che hai condiviso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing saved yet. A song, a recipe or a link they would enjoy?</source>
        <translation>Ancora niente di salvato. Una canzone, una ricetta o un link che apprezzerebbe?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save something to share (Enter saves)</source>
        <translation>Salva qualcosa da condividere (Invio per salvare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something new to share</source>
        <translation>Qualcosa di nuovo da condividere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it to share</source>
        <translation>Salvala da condividere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy it, to paste it into a message</source>
        <translation>Copiala, per incollarla in un messaggio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open link</source>
        <translation>Apri link</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminders about them</source>
        <translation>Promemoria su questa persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze reminders</source>
        <translation>Rimanda i promemoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminders about them for a while</source>
        <translation>Niente promemoria su questa persona per un po&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/tray.py" line="+40"/>
        <source>For a &amp;day</source>
        <translation>Per un &amp;giorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/tray.py" line="+1"/>
        <source>For a &amp;week</source>
        <translation>Per una &amp;settimana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until a day…</source>
        <translation>&amp;Fino a una data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back in reminders now</source>
        <translation>Rimetti subito nei promemoria</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No reminders about {name} until {day}: they are back that day.</source>
        <translation>Niente promemoria su {name} fino a {day}: quel giorno tornerà nei promemoria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your reminders.</source>
        <translation>Nei tuoi promemoria.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write something to share first.</source>
        <translation>Prima scrivi qualcosa da condividere.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What to share:</source>
        <translation>Cosa condividere:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit a thing to share</source>
        <translation>Modifica una cosa da condividere</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Snooze reminders about {name}</source>
        <translation>Rimanda i promemoria su {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back in reminders on</source>
        <translation>Di nuovo nei promemoria il giorno</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>They are back in your reminders on:</source>
        <translation>Tornerà nei tuoi promemoria il giorno:</translation>
    </message>
    <message>
        <location filename="../../ui/person/timeline.py" line="+18"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached out</source>
        <translation>Iniziativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/fields.py" line="+94"/>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_log.py" line="-162"/>
        <location filename="../../ui/person/timeline.py" line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/person/timeline.py" line="+3"/>
        <source>you</source>
        <translation>tua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they</source>
        <translation>sua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both</source>
        <translation>di entrambi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you helped them</source>
        <translation>hai dato una mano tu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they helped you</source>
        <translation>ti ha dato una mano</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-599"/>
        <location filename="../../ui/recovery.py" line="-16"/>
        <location line="+30"/>
        <source>Relationship Garden</source>
        <translation>Relationship Garden</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="-29"/>
        <source>Your garden could not be opened.</source>
        <translation>Non è stato possibile aprire il tuo giardino.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newest good backup is from {when}; restoring it keeps the unreadable file aside.</source>
        <translation>Il backup valido più recente è del {when}; ripristinandolo, il file illeggibile viene messo da parte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup to restore.</source>
        <translation>Non c&apos;è nessun backup da ripristinare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has not been changed.</source>
        <translation>Il file non è stato modificato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Ripristina il backup più recente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;another folder…</source>
        <translation>Apri un&apos;&amp;altra cartella…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a garden folder</source>
        <translation>Apri la cartella di un giardino</translation>
    </message>
    <message>
        <location filename="../../ui/snapshot/dialog.py" line="-63"/>
        <source>Save yearly snapshot</source>
        <extracomment>The preview&apos;s size on screen, in the page&apos;s 4:5 shape.</extracomment>
        <translation>Salva l&apos;istantanea annuale</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export yearly snapshot</source>
        <extracomment>Asks where to save (tests replace it): (parent, suggested path) → path or None.</extracomment>
        <translation>Esporta l&apos;istantanea annuale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Initials instead of names, for sharing</source>
        <translation>&amp;Iniziali al posto dei nomi, per condividerla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light paper</source>
        <translation>Carta chiara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Colori:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved at {width} × {height} pixels: 8 × 10 inches at 300 dpi, for a screen or for print.</source>
        <translation>Salvata a {width} × {height} pixel: 8 × 10 pollici a 300 dpi, per lo schermo o per la stampa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the snapshot</source>
        <translation>Anteprima dell&apos;istantanea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot message</source>
        <translation>Messaggio sull&apos;istantanea</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Your garden has no plants yet. Plant someone, and come back.</source>
        <translation>Il tuo giardino non ha ancora piante. Pianta qualcuno e poi torna qui.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved to {path}</source>
        <translation>Salvata in {path}</translation>
    </message>
    <message>
        <location filename="../../ui/snapshot/render.py" line="+72"/>
        <source>deep</source>
        <extracomment>Families tried in order. Only installed ones are asked for: asking Qt for a missing family costs a scan of every font and a warning. Scripts a family lacks (Chinese, say) come from Qt&apos;s fallback fonts, as in the window. Deep moments sit at the foot of each month&apos;s bar, in the strongest colour.</extracomment>
        <translation>profonda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>bella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brief</source>
        <translation>breve</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>A quiet year in the garden.</source>
        <extracomment>Days each side averaged in the health picture: a week smooths one plant crossing a line without hiding the seasons. The space of each plant (its slot down to the soil line), by person id. What is written under each plant, where, and in which font. The garden&apos;s scale on the page: pixels per pixel of the window at actual size.</extracomment>
        <translation>Un anno tranquillo nel giardino.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>How the plants were doing</source>
        <translation>Come stavano le piante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the meadow, which never wilts</source>
        <translation>Solo il prato, che non appassisce mai</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Moments each month</source>
        <translation>Momenti mese per mese</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No moments logged this year</source>
        <translation>Nessun momento annotato quest&apos;anno</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The picture could not be encoded: {reason}</source>
        <translation>Non è stato possibile codificare l&apos;immagine: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/today_panel.py" line="-37"/>
        <location line="+1"/>
        <source>Open {name}&apos;s page</source>
        <translation>Apri la pagina di {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent a message</source>
        <translation>Messaggio inviato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a good message today, in one click ({keys} undoes it)</source>
        <translation>Annota con un clic un bel messaggio di oggi ({keys} lo annulla)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a message with {name} today</source>
        <translation>Annota un messaggio di oggi con {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log…</source>
        <translation>Annota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call, a meeting, a deep talk…</source>
        <translation>Annota una chiamata, un incontro, una conversazione profonda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a moment with {name}</source>
        <translation>Annota un momento con {name}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Everyone is doing fine. Enjoy your day.</source>
        <translation>Stanno tutti bene. Goditi la giornata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one in today&apos;s note; a few could still use a message.</source>
        <translation>Nessuno nel riepilogo di oggi; ad alcune persone farebbe comunque piacere un messaggio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show only today&apos;s few</source>
        <translation>Mostra solo quelle di oggi</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more could use a message…</source>
        <translation>
            <numerusform>%n altra persona gradirebbe un messaggio…</numerusform>
            <numerusform>Altre %n persone gradirebbero un messaggio…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="-327"/>
        <source>Your garden is still here</source>
        <extracomment>How long a notification stays up (the desktop may keep it longer, in its history). The shortest sleep between two ticks: a digest that is due but was just delivered by another process must not make the timer spin. After a storage error (the file busy or gone), try again a little later.</extracomment>
        <translation>Il tuo giardino è ancora qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps growing quietly in the tray. Click the sprout to open it again; Quit in its menu closes it completely.</source>
        <translation>Continua a crescere in silenzio nell&apos;area di notifica. Fai clic sul germoglio per riaprirlo; “Esci” nel suo menu lo chiude del tutto.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{names} and {last}</source>
        <translation>{names} e {last}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>until you resume them</source>
        <translation>finché non li riattivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>until {time}</source>
        <translation>fino alle {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until tomorrow</source>
        <translation>fino a domani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until tomorrow, {time}</source>
        <translation>fino a domani alle {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {day}</source>
        <translation>fino a {day}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>birthday today</source>
        <translation>compleanno oggi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birthday tomorrow</source>
        <translation>compleanno domani</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>birthday in %n days</source>
        <translation>
            <numerusform>compleanno tra %n giorno</numerusform>
            <numerusform>compleanno tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Today</source>
        <extracomment>What the last notification showed: a digest&apos;s people, or the close note.</extracomment>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause reminders</source>
        <translation>Metti in &amp;pausa i promemoria</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Relationship Garden
Reminders are paused {until}</source>
        <translation>Relationship Garden
I promemoria sono in pausa {until}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relationship Garden
Everyone is doing fine</source>
        <translation>Relationship Garden
Stanno tutti bene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship Garden
{title}: {names}</source>
        <translation>Relationship Garden
{title}: {names}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Open garden</source>
        <translation>&amp;Apri il giardino</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save clipboard for…</source>
        <translation>&amp;Salva dagli appunti per…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what you copied (a link, a song, a recipe) to share with someone</source>
        <translation>Conserva ciò che hai copiato (un link, una canzone, una ricetta) per condividerlo con qualcuno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sett&amp;ings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q&amp;uit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone is doing fine</source>
        <translation>Stanno tutti bene</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show today&apos;s &amp;list</source>
        <translation>Mostra l&apos;&amp;elenco di oggi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused {until}</source>
        <translation>In pausa {until}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume reminders</source>
        <translation>&amp;Riattiva i promemoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Until I resume them</source>
        <translation>&amp;Finché non li riattivo</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="+177"/>
        <source>Demo garden</source>
        <extracomment>QSettings key: the note about closing to the tray was shown once. After the first paint, how long the tray waits before asking for a digest that is due: the window settles first. The window on the user&apos;s own garden (demo windows come and go beside it).</extracomment>
        <translation>Giardino di prova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not make a demo garden: {problem}</source>
        <translation>Non è stato possibile creare un giardino di prova: {problem}</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>garden: this garden is open in another window that does not answer; close it or end it, then try again</source>
        <translation>garden: questo giardino è aperto in un&apos;altra finestra che non risponde; chiudila o terminala, poi riprova</translation>
    </message>
    <message>
        <location filename="../../ui/instance.py" line="+190"/>
        <source>garden: cannot listen for other launches ({problem})</source>
        <extracomment>What a second launch says, and what the running app answers. Set to print what the instance does on stderr (tests of two processes read it). How long a second launch waits for the first one: to connect, and to answer. A busy first app answers as soon as it is back in its event loop. How long a launch waits for another one that holds the lock but is not listening yet (two launches a moment apart).</extracomment>
        <translation>garden: impossibile restare in ascolto di altri avvii ({problem})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="-70"/>
        <source>Who? A name or nickname</source>
        <translation>Chi? Un nome o un soprannome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Topics, separated by commas</source>
        <translation>Argomenti, separati da virgole</translation>
    </message>
</context>
</TS>
