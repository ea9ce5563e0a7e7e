//! Every string a person reads, in English and French.
//!
//! One table, one key per string: a key without French does not compile, and
//! the tests below fail on an empty French string or on placeholders that
//! differ between the languages. Views never hold literal text; they call
//! [`tr`] or [`trf`] with the current [`Lang`].

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
    /// The language for a BCP 47 tag such as `fr-CA`; English otherwise.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }
    /// The language's own name, the same in every UI language.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }
}

macro_rules! strings {
    ($($key:ident => $en:literal, $fr:literal;)*) => {
        /// A translatable string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum K { $($key),* }
        impl K {
            pub const ALL: &'static [K] = &[$(K::$key),*];
        }
        fn en(k: K) -> &'static str { match k { $(K::$key => $en),* } }
        fn fr(k: K) -> &'static str { match k { $(K::$key => $fr),* } }
    };
}

strings! {
    AppName => "Jalon", "Jalon";
    AppTagline => "Marketing portfolio & sprints", "Portefeuille marketing & sprints";
    SkipToContent => "Skip to content", "Aller au contenu";
    NavLabel => "Areas", "Espaces";
    NavPortfolio => "Portfolio", "Portefeuille";
    NavBacklog => "Backlog", "Backlog";
    NavSprint => "Sprint", "Sprint";
    NavMilestones => "Milestones", "Jalons";
    NavKpis => "KPIs", "KPI";
    NavMeeting => "Meeting", "Réunion";
    NavSettings => "Settings", "Paramètres";
    ComingSoon => "Coming soon", "Bientôt disponible";
    Undo => "Undo", "Annuler";
    Redo => "Redo", "Rétablir";
    UndoHint => "Undo (Ctrl+Z)", "Annuler (Ctrl+Z)";
    RedoHint => "Redo (Ctrl+Shift+Z)", "Rétablir (Ctrl+Maj+Z)";
    Export => "Export", "Exporter";
    Import => "Import", "Importer";
    ImportFile => "Import a file", "Importer un fichier";
    SaveSaved => "Saved", "Enregistré";
    SaveSaving => "Saving…", "Enregistrement…";
    SaveFailed => "Not saved", "Non enregistré";
    WorkspaceLabel => "Workspace", "Espace de travail";

    WelcomeTitle => "Plan, prioritise and measure your marketing", "Planifiez, priorisez et mesurez votre marketing";
    WelcomeLead => "Jalon keeps your campaigns, backlog, sprints, milestones and KPIs in this browser. No account, no server: your work is saved here as you go and shared as a file.", "Jalon garde vos campagnes, votre backlog, vos sprints, jalons et KPI dans ce navigateur. Sans compte ni serveur : votre travail est enregistré ici au fil de l'eau et se partage sous forme de fichier.";
    ExploreExample => "Explore an example workspace", "Explorer un espace d'exemple";
    ExploreExampleHint => "A small coffee brand's team: 8 campaigns, 40 backlog items, a sprint in progress, 13 KPIs.", "L'équipe d'une petite marque de café : 8 campagnes, 40 éléments de backlog, un sprint en cours, 13 KPI.";
    StartEmpty => "Start empty", "Commencer vide";
    StartEmptyHint => "A blank workspace for your own team.", "Un espace vierge pour votre équipe.";
    WelcomeImportHint => "Already have a Jalon file? Import it, or drop it anywhere on this page.", "Vous avez déjà un fichier Jalon ? Importez-le, ou déposez-le n'importe où sur cette page.";
    NewWorkspaceName => "My marketing workspace", "Mon espace marketing";

    BacklogTitle => "Backlog", "Backlog";
    BacklogLead => "Everything the team could do, in priority order: the top is done first.", "Tout ce que l'équipe pourrait faire, par ordre de priorité : le haut passe en premier.";
    AddedJustNow => "Added just now", "Ajoutés à l'instant";
    NewItemTitle => "Title of the new item", "Titre du nouvel élément";
    // Not just "Kind": the backlog's filter is named that, and two controls
    // of one name are one too many for a screen reader's list of fields.
    NewItemKind => "Kind of the new item", "Type du nouvel élément";
    AddItem => "Add item", "Ajouter l'élément";
    Kind => "Kind", "Type";
    Title => "Title", "Titre";
    Description => "Description", "Description";
    Status => "Status", "Statut";
    Edit => "Edit", "Modifier";
    Delete => "Delete", "Supprimer";
    Save => "Save", "Enregistrer";
    Cancel => "Cancel", "Annuler";
    Close => "Close", "Fermer";
    MoveUp => "Move up", "Monter";
    MoveDown => "Move down", "Descendre";
    Rank => "Rank", "Rang";
    BacklogEmpty => "The backlog is empty. Add the first item above.", "Le backlog est vide. Ajoutez le premier élément ci-dessus.";
    ItemsOne => "{n} item", "{n} élément";
    ItemsMany => "{n} items", "{n} éléments";
    ShowMore => "Show {n} more", "Afficher {n} de plus";
    TitleRequired => "Give the item a title.", "Donnez un titre à l'élément.";
    Deleted => "Deleted “{title}”.", "« {title} » supprimé.";
    ReorderHint => "Tip: drag a row by its ⠿ handle, or move the focused item with Alt+↑ and Alt+↓.", "Astuce : faites glisser une ligne par sa poignée ⠿, ou déplacez l'élément sélectionné avec Alt+↑ et Alt+↓.";
    DragHandle => "Drag to reorder {title}", "Glisser pour réordonner {title}";
    KindFeature => "Feature marketing", "Marketing produit";
    KindExperiment => "Experiment (A/B test)", "Expérience (test A/B)";
    KindTechnical => "Technical improvement", "Amélioration technique";
    KindCampaign => "Campaign work", "Travail de campagne";
    KindContent => "Content", "Contenu";
    ChEmail => "Email", "E-mail";
    ChSocial => "Social media", "Réseaux sociaux";
    ChSeo => "SEO", "SEO";
    ChSea => "SEA (paid search)", "SEA (liens sponsorisés)";
    ChContent => "Content", "Contenu";
    ChDisplay => "Display", "Display";
    ChEvents => "Events", "Événements";
    ChPr => "PR", "Relations presse";
    ChOther => "Other", "Autre";
    StoryLegend => "User story", "Récit utilisateur";
    ItemEditor => "Item editor", "Éditeur de l'élément";
    AsA => "As a", "En tant que";
    IWant => "I want", "Je veux";
    SoThat => "So that", "Afin de";
    StoryChannel => "Channel", "Canal";
    Segment => "Target segment", "Segment cible";
    StoryKpi => "KPI", "KPI";
    Hypothesis => "Hypothesis to test", "Hypothèse à tester";
    StoryLine => "As a {as_a}, I want {i_want} so that {so_that}.", "En tant que {as_a}, je veux {i_want} afin de {so_that}.";
    AcceptanceLegend => "Acceptance criteria", "Critères d'acceptation";
    NewCriterion => "New criterion", "Nouveau critère";
    AddCriterion => "Add criterion", "Ajouter le critère";
    RemoveCriterion => "Remove criterion", "Retirer le critère";
    CriterionDone => "Done", "Fait";
    CriterionText => "Criterion", "Critère";
    CriteriaProgress => "{done}/{total} criteria met", "{done}/{total} critères remplis";
    PlanningLegend => "Planning", "Planification";
    CampaignLink => "Campaign", "Campagne";
    Assignee => "Assignee", "Responsable";
    NoneOption => "— none —", "— aucun —";
    EstimateHours => "Estimate (hours)", "Estimation (heures)";
    EstimatePoints => "Story points", "Points";
    Due => "Due date", "Échéance";
    Tags => "Tags (comma separated)", "Étiquettes (séparées par des virgules)";
    PriorityLegend => "Prioritisation", "Priorisation";
    Reach => "Reach (people per quarter)", "Portée (personnes par trimestre)";
    Impact => "Impact", "Impact";
    Confidence => "Confidence (%)", "Confiance (%)";
    RiceEffort => "Effort (person-weeks)", "Effort (semaines-personne)";
    RiceScore => "RICE score: {score}", "Score RICE : {score}";
    RiceIncomplete => "Fill in reach, impact, confidence and effort, or leave all four empty.", "Renseignez portée, impact, confiance et effort, ou laissez les quatre vides.";
    ImpactMassive => "3 — massive", "3 — massif";
    ImpactHigh => "2 — high", "2 — fort";
    ImpactMedium => "1 — medium", "1 — moyen";
    ImpactLow => "0.5 — low", "0,5 — faible";
    ImpactMinimal => "0.25 — minimal", "0,25 — minime";
    Value => "Value (1–10)", "Valeur (1–10)";
    EffortScale => "Effort (1–10)", "Effort (1–10)";
    ErrNotANumber => "Enter a number.", "Saisissez un nombre.";
    ErrAtLeast => "Must be at least {min}.", "Doit être au moins {min}.";
    ErrMoreThan => "Must be more than {min}.", "Doit être supérieur à {min}.";
    ErrAtMost => "Must be at most {max}.", "Doit être au plus {max}.";
    FixErrors => "Some fields need a fix before saving.", "Certains champs sont à corriger avant d'enregistrer.";
    ShowingOf => "Showing {shown} of {total}", "{shown} affichés sur {total}";
    NothingMatches => "No item matches these filters.", "Aucun élément ne correspond à ces filtres.";
    FiltersLabel => "Filter the backlog", "Filtrer le backlog";
    Search => "Search", "Rechercher";
    AllKinds => "All kinds", "Tous les types";
    AllCampaigns => "All campaigns", "Toutes les campagnes";
    Everyone => "Everyone", "Tout le monde";
    Tag => "Tag", "Étiquette";
    AllTags => "All tags", "Toutes les étiquettes";
    RankByLabel => "Order", "Ordre";
    RankManual => "Manual priority", "Priorité manuelle";
    RankRice => "RICE score", "Score RICE";
    RankValue => "Value ÷ effort", "Valeur ÷ effort";
    ClearFilters => "Clear filters", "Effacer les filtres";
    RiceChip => "RICE {score}", "RICE {score}";
    ValueChip => "V/E {score}", "V/E {score}";
    AddedHidden => "Added “{title}”; the current filters hide it.", "« {title} » ajouté ; les filtres actuels le masquent.";
    ReorderRankedHint => "Ordered by score: choose Manual priority to move items.", "Trié par score : choisissez Priorité manuelle pour déplacer les éléments.";
    ValueEffortMatrix => "Value vs effort matrix", "Matrice valeur / effort";
    MatrixTitle => "Value vs effort", "Valeur / effort";
    MatrixValueAxis => "Value →", "Valeur →";
    MatrixEffortAxis => "Effort →", "Effort →";
    QuickWins => "Quick wins", "Gains rapides";
    BigBets => "Big bets", "Paris majeurs";
    FillIns => "Fill-ins", "Bouche-trous";
    MoneyPits => "Money pits", "Gouffres";
    MatrixPoint => "{title}: value {value}, effort {effort}, {quadrant}", "{title} : valeur {value}, effort {effort}, {quadrant}";
    MatrixUnplacedOne => "{n} shown item has no value or effort yet.", "{n} élément affiché n'a pas encore de valeur ou d'effort.";
    MatrixUnplacedMany => "{n} shown items have no value or effort yet.", "{n} éléments affichés n'ont pas encore de valeur ou d'effort.";
    TrelloTitle => "Add this Trello board's cards to the backlog?", "Ajouter les cartes de ce tableau Trello au backlog ?";
    TrelloLead => "“{file}” is the Trello board “{board}”.", "« {file} » est le tableau Trello « {board} ».";
    TrelloCards => "Cards to add: {n}", "Cartes à ajouter : {n}";
    TrelloCriteria => "Checklist items, as acceptance criteria: {n}", "Éléments de checklist, en critères d'acceptation : {n}";
    TrelloTags => "Labels, as tags: {n}", "Étiquettes : {n}";
    TrelloArchived => "Archived cards skipped: {n}", "Cartes archivées ignorées : {n}";
    TrelloArchivedLists => "Cards of archived lists skipped: {n}", "Cartes de listes archivées ignorées : {n}";
    TrelloAlready => "Cards already imported, left as they are: {n}", "Cartes déjà importées, laissées telles quelles : {n}";
    TrelloChecklistsMissing => "Checklists named by cards but missing from the file (their items are not imported): {n}", "Check-lists citées par des cartes mais absentes du fichier (leurs éléments ne sont pas importés) : {n}";
    TrelloNote => "Lists named like to do / doing / done set the status; other lists become a tag. You can undo this.", "Les listes nommées à faire / en cours / terminé donnent le statut ; les autres deviennent une étiquette. Vous pourrez annuler.";
    TrelloConfirm => "Add to backlog", "Ajouter au backlog";
    TrelloAdded => "Added {n} cards from Trello.", "{n} cartes Trello ajoutées.";
    ErrTrelloCard => "This is a single Trello card. Export the whole board instead (board menu → Print, export and share → Export as JSON).", "C'est une seule carte Trello. Exportez plutôt tout le tableau (menu du tableau → Imprimer, exporter et partager → Exporter en JSON).";
    StatusTodo => "To do", "À faire";
    StatusDoing => "Doing", "En cours";
    StatusDone => "Done", "Terminé";

    ImportConfirmTitle => "Replace your workspace with this file?", "Remplacer votre espace par ce fichier ?";
    ImportConfirmLead => "“{file}” contains “{name}”:", "« {file} » contient « {name} » :";
    ImportConfirmNote => "Your current workspace will be replaced. You can undo this with Undo.", "Votre espace actuel sera remplacé. Vous pourrez revenir en arrière avec Annuler.";
    ImportReplace => "Replace my workspace", "Remplacer mon espace";
    Imported => "Imported “{name}”.", "« {name} » importé.";
    CountCampaigns => "Campaigns: {n}", "Campagnes : {n}";
    CountBacklog => "Backlog items: {n}", "Éléments de backlog : {n}";
    CountSprints => "Sprints: {n}", "Sprints : {n}";
    CountMilestones => "Milestones: {n}", "Jalons : {n}";
    CountKpis => "KPIs: {n}", "KPI : {n}";
    CountTeam => "Team members: {n}", "Membres de l'équipe : {n}";
    CountRisks => "Risks: {n}", "Risques : {n}";
    ImportFailed => "“{file}” was not imported. Your workspace has not changed.", "« {file} » n'a pas été importé. Votre espace n'a pas changé.";
    DropHere => "Drop a Jalon file to import it", "Déposez un fichier Jalon pour l'importer";
    ErrTooLarge => "The file is {size}; a Jalon file is at most {max}.", "Le fichier fait {size} ; un fichier Jalon fait au plus {max}.";
    ErrNotJson => "This file is not valid JSON (error at line {line}, column {column}).", "Ce fichier n'est pas du JSON valide (erreur ligne {line}, colonne {column}).";
    ErrNumberTooLarge => "This file holds a number too large to read (line {line}, column {column}).", "Ce fichier contient un nombre trop grand pour être lu (ligne {line}, colonne {column}).";
    ErrNotObject => "This JSON file is not a Jalon workspace: it holds a list or a single value, not an object.", "Ce fichier JSON n'est pas un espace Jalon : il contient une liste ou une valeur, pas un objet.";
    ErrOtherTool => "This looks like a {tool} export, not a Jalon workspace file.", "Cela ressemble à un export {tool}, pas à un fichier d'espace Jalon.";
    ErrOtherFormat => "This is a “{format}” file, not a Jalon workspace file.", "C'est un fichier « {format} », pas un fichier d'espace Jalon.";
    ErrNoFormat => "This JSON file is not a Jalon workspace file: \"format\": \"jalon\" is missing.", "Ce fichier JSON n'est pas un fichier d'espace Jalon : \"format\": \"jalon\" est absent.";
    ErrNewer => "This file was made by a newer version of Jalon (file version {found}; this app reads up to version {supported}). Reload the page to get the latest app.", "Ce fichier a été créé par une version plus récente de Jalon (version {found} ; cette application lit jusqu'à la version {supported}). Rechargez la page pour obtenir la dernière version.";
    ErrBadVersion => "The file's \"version\" is missing or is not a whole number from 1 up.", "La « version » du fichier est absente ou n'est pas un entier à partir de 1.";
    ErrMigration => "The file could not be upgraded from version {from}: {message}", "Le fichier n'a pas pu être mis à jour depuis la version {from} : {message}";
    ErrInvalidOne => "The file has 1 problem:", "Le fichier a 1 problème :";
    ErrInvalidMany => "The file has {n} problems:", "Le fichier a {n} problèmes :";
    ErrMoreProblems => "…and {n} more.", "…et {n} de plus.";
    ErrUnreadableFile => "The file could not be read by the browser.", "Le navigateur n'a pas pu lire le fichier.";
    ErrEmptyFile => "This file is empty.", "Ce fichier est vide.";
    PMissing => "is missing", "est absent";
    PWrongType => "should be {expected}", "devrait être {expected}";
    POutOfRange => "must be between {min} and {max}", "doit être entre {min} et {max}";
    PNotOneOf => "must be one of: {list}", "doit être l'une des valeurs : {list}";
    PBadDate => "must be a date like 2026-03-31", "doit être une date comme 2026-03-31";
    PBadWeek => "must be an ISO week like 2026-W07", "doit être une semaine ISO comme 2026-W07";
    PEmpty => "must not be empty", "ne doit pas être vide";
    PDuplicateId => "“{id}” is used twice", "« {id} » est utilisé deux fois";
    PUnknownRef => "refers to “{id}”, which is not in {collection}", "fait référence à « {id} », absent de {collection}";
    PEndBeforeStart => "is before the start date", "est avant la date de début";
    PNotPositive => "must be more than 0", "doit être supérieur à 0";
    PPastMidnight => "runs past midnight", "dépasse minuit";
    PDayEndsBeforeStart => "must be later than the start of the day", "doit être après le début de la journée";
    PAllWeightsZero => "has every weight at 0: at least one criterion must count", "a tous ses poids à 0 : au moins un critère doit compter";
    PCycle => "goes round in a circle: {ids}", "tourne en rond : {ids}";
    MqStrategy1 => "Every campaign states which strategic goal it serves.", "Chaque campagne indique l'objectif stratégique qu'elle sert.";
    MqStrategy2 => "Campaign objectives are written as SMART objectives.", "Les objectifs des campagnes sont rédigés en SMART.";
    MqStrategy3 => "The portfolio is reviewed against the company's goals each quarter.", "Le portefeuille est revu chaque trimestre au regard des objectifs de l'entreprise.";
    MqPrioritisation1 => "Campaigns are ranked with an agreed scoring model before budget is given.", "Les campagnes sont classées selon un modèle de notation convenu avant d'obtenir un budget.";
    MqPrioritisation2 => "The budget goes to the best set of campaigns, not the loudest request.", "Le budget va au meilleur ensemble de campagnes, pas à la demande la plus insistante.";
    MqPrioritisation3 => "Stopping or postponing a campaign is a normal, documented decision.", "Arrêter ou reporter une campagne est une décision normale et documentée.";
    MqResources1 => "Team capacity is checked before a campaign is approved.", "La capacité de l'équipe est vérifiée avant d'approuver une campagne.";
    MqResources2 => "Skills needed (SEO, paid, content, design…) are planned per week.", "Les compétences nécessaires (SEO, payant, contenu, design…) sont planifiées par semaine.";
    MqResources3 => "Budget spent is compared with budget planned, per channel, every month.", "Le budget dépensé est comparé au budget prévu, par canal, chaque mois.";
    MqRisk1 => "Risks are recorded with probability and impact for every campaign.", "Les risques sont notés avec probabilité et impact pour chaque campagne.";
    MqRisk2 => "Each major risk has an owner, a mitigation and a contingency plan.", "Chaque risque majeur a un responsable, une atténuation et un plan de secours.";
    MqRisk3 => "Risks are reviewed at least monthly and closed when gone.", "Les risques sont revus au moins chaque mois et clos quand ils ont disparu.";
    MqTracking1 => "Each campaign has KPIs with targets before it starts.", "Chaque campagne a des KPI avec des cibles avant son lancement.";
    MqTracking2 => "KPIs are reviewed weekly from the same sheet, facts only.", "Les KPI sont revus chaque semaine sur la même feuille, factuellement.";
    MqTracking3 => "Milestones are checked and missed ones lead to a decision.", "Les jalons sont vérifiés et un jalon manqué mène à une décision.";
    MqProcess1 => "Change requests are decided with their impact on dates and budget.", "Les demandes de changement sont tranchées avec leur impact sur les dates et le budget.";
    MqProcess2 => "Lessons learned are recorded at closing and read before planning.", "Les leçons apprises sont notées à la clôture et relues avant de planifier.";
    MqProcess3 => "Work runs in short sprints with a review and a retrospective.", "Le travail avance en sprints courts avec revue et rétrospective.";
    TypeBool => "true or false", "true ou false";
    TypeText => "text", "du texte";
    TypeNumber => "a number", "un nombre";
    TypeWhole => "a whole number", "un nombre entier";
    TypeList => "a list", "une liste";
    TypeObject => "an object", "un objet";

    CorruptTitle => "Your saved workspace could not be read", "Votre espace enregistré n'a pas pu être lu";
    CorruptBody => "{reason} Nothing has been deleted: the saved copy is kept in this browser as a backup. Download it to keep it safe; meanwhile you can start again or import a file.", "{reason} Rien n'a été supprimé : la copie enregistrée est conservée dans ce navigateur comme sauvegarde. Téléchargez-la pour la mettre à l'abri ; en attendant, vous pouvez recommencer ou importer un fichier.";
    CorruptNoBackup => "The damaged copy could not be backed up (storage is full), so Jalon will not save over it until you download it.", "La copie endommagée n'a pas pu être sauvegardée (stockage plein) : Jalon n'enregistrera rien par-dessus tant que vous ne l'aurez pas téléchargée.";
    DownloadDamaged => "Download the saved copy", "Télécharger la copie enregistrée";
    Dismiss => "Dismiss", "Fermer";
    QuotaTitle => "Changes are not being saved", "Les modifications ne sont pas enregistrées";
    QuotaBody => "This browser's storage for Jalon is full. Your work is kept while this tab stays open: export it now to keep a copy. Saving resumes by itself when space is freed.", "Le stockage de ce navigateur pour Jalon est plein. Votre travail est conservé tant que cet onglet reste ouvert : exportez-le maintenant pour en garder une copie. L'enregistrement reprendra de lui-même quand de la place sera libérée.";
    NoStorageBody => "This browser does not let Jalon store data (private mode or blocked storage). Your work lives only in this tab: export it to keep it.", "Ce navigateur ne permet pas à Jalon d'enregistrer des données (navigation privée ou stockage bloqué). Votre travail n'existe que dans cet onglet : exportez-le pour le garder.";
    ExportNow => "Export now", "Exporter maintenant";
    ConflictTitle => "This workspace was changed in another tab", "Cet espace a été modifié dans un autre onglet";
    ConflictBody => "Both tabs have changes. Choose which version to keep; the other tab will follow. You can export this tab's version first.", "Les deux onglets ont des modifications. Choisissez la version à garder ; l'autre onglet suivra. Vous pouvez d'abord exporter la version de cet onglet.";
    UseOther => "Use the other tab's version", "Utiliser la version de l'autre onglet";
    KeepMine => "Keep this tab's version", "Garder la version de cet onglet";
    SyncedFromOtherTab => "Updated with changes made in another tab.", "Mis à jour avec les modifications d'un autre onglet.";
    ExportReminder => "Your last export was more than 7 days ago and the workspace has changed since. Export it to keep a copy outside this browser.", "Votre dernier export date de plus de 7 jours et l'espace a changé depuis. Exportez-le pour en garder une copie hors de ce navigateur.";
    ExportReminderNever => "This workspace has never been exported and has changed for more than 7 days. Export it to keep a copy outside this browser.", "Cet espace n'a jamais été exporté et change depuis plus de 7 jours. Exportez-le pour en garder une copie hors de ce navigateur.";
    Later => "Remind me later", "Me le rappeler plus tard";
    ReasonNotJson => "The saved data is not valid JSON.", "Les données enregistrées ne sont pas du JSON valide.";
    ReasonEmpty => "The saved data is empty.", "Les données enregistrées sont vides.";
    ReasonNewer => "It was saved by a newer version of Jalon (version {found}; this app reads up to version {supported}).", "Elles ont été enregistrées par une version plus récente de Jalon (version {found} ; cette application lit jusqu'à la version {supported}).";
    ReasonInvalid => "The saved data is not a valid Jalon workspace ({detail}).", "Les données enregistrées ne forment pas un espace Jalon valide ({detail}).";

    SettingsTitle => "Settings", "Paramètres";
    Language => "Language", "Langue";
    WorkspaceName => "Workspace name", "Nom de l'espace";
    SprintLength => "Sprint length", "Durée des sprints";
    OneWeek => "1 week", "1 semaine";
    TwoWeeks => "2 weeks", "2 semaines";
    Currency => "Currency", "Devise";
    StorageTitle => "Storage in this browser", "Stockage dans ce navigateur";
    StorageUsed => "This workspace takes {used} of the about {quota} this browser gives Jalon ({pct} %).", "Cet espace occupe {used} sur les quelque {quota} que ce navigateur accorde à Jalon ({pct} %).";
    PersistGranted => "The browser has agreed to keep this data even when disk space runs low.", "Le navigateur a accepté de conserver ces données même si l'espace disque vient à manquer.";
    PersistDenied => "The browser may clear this data when disk space runs low, or after weeks without a visit: export regularly.", "Le navigateur peut effacer ces données si l'espace disque manque, ou après des semaines sans visite : exportez régulièrement.";
    LastExport => "Last export: {date}.", "Dernier export : {date}.";
    NeverExported => "Never exported.", "Jamais exporté.";
    BackupsTitle => "Backups of damaged data", "Sauvegardes de données endommagées";
    BackupDownload => "Download", "Télécharger";
    BackupDelete => "Delete backup", "Supprimer la sauvegarde";
    ReplaceTitle => "Start over", "Recommencer";
    ReplaceWithExample => "Replace with the example workspace", "Remplacer par l'espace d'exemple";
    ReplaceWithEmpty => "Replace with an empty workspace", "Remplacer par un espace vide";
    ReplaceNote => "Both can be undone with Undo. Export first if you want to keep a copy.", "Les deux peuvent être annulés avec Annuler. Exportez d'abord si vous voulez garder une copie.";
    UndoToastHint => "Ctrl+Z undoes it.", "Ctrl+Z l’annule.";
    Notifications => "Notifications", "Notifications";
    ExampleName => "Northwind Coffee marketing", "Marketing Northwind Coffee";

    ViewBoard => "Board", "Tableau";
    ViewPlan => "Planning", "Planification";
    ViewReview => "Review & retro", "Revue & rétro";
    ViewVelocity => "Velocity", "Vélocité";
    ViewTeam => "Team", "Équipe";
    ViewCalendar => "Calendar", "Calendrier";
    SprintViews => "Sprint views", "Vues du sprint";
    SprintLabel => "Sprint", "Sprint";
    SprintPlanned => "Planned", "Planifié";
    SprintActive => "In progress", "En cours";
    SprintClosedState => "Closed", "Clôturé";
    NewSprint => "New sprint", "Nouveau sprint";
    NoSprints => "No sprint yet. Create the first one, then pick items from the backlog.", "Aucun sprint pour l'instant. Créez le premier, puis choisissez des éléments du backlog.";
    ShowBacklogColumn => "Show the backlog column", "Afficher la colonne backlog";
    BoardHint => "Drag a card to another column, or use its ← and → buttons.", "Glissez une carte vers une autre colonne, ou utilisez ses boutons ← et →.";
    QuickAddPlaceholder => "Add to the backlog… (Enter)", "Ajouter au backlog… (Entrée)";
    MoveCardTo => "Move “{title}” to {column}", "Déplacer « {title} » vers {column}";
    HoursShort => "{n} h", "{n} h";
    WipOver => "Over the WIP limit: {n} cards for a limit of {limit}.", "Limite d'encours dépassée : {n} cartes pour une limite de {limit}.";
    BurndownTitle => "Burndown", "Burndown";
    BurndownStart => "Start", "Début";
    BurndownSummary => "Burndown: {left} h left today against {ideal} h on the ideal line; {changes}.", "Burndown : {left} h restantes aujourd'hui contre {ideal} h sur la ligne idéale ; {changes}.";
    ScopeChangesOne => "{n} scope change", "{n} changement de périmètre";
    ScopeChangesMany => "{n} scope changes", "{n} changements de périmètre";
    BurndownNotStarted => "Burndown: the sprint has not reached its first day yet.", "Burndown : le sprint n'a pas encore atteint son premier jour.";
    HoursLeft => "Hours left", "Heures restantes";
    IdealLine => "Ideal", "Idéal";
    RemainingLine => "Remaining", "Restant";
    ScopeChanges => "Scope changes", "Changements de périmètre";
    ScopeChangeMark => "Scope change: {what}", "Changement de périmètre : {what}";
    VelocityTitle => "Velocity: hours delivered per sprint", "Vélocité : heures livrées par sprint";
    VelocitySummary => "{sprints}, {avg} h delivered on average.", "{sprints}, {avg} h livrées en moyenne.";
    ClosedSprintsOne => "{n} closed sprint", "{n} sprint clôturé";
    ClosedSprintsMany => "{n} closed sprints", "{n} sprints clôturés";
    NoClosedSprints => "No closed sprint yet: velocity appears once a sprint is closed.", "Aucun sprint clôturé : la vélocité apparaît après la première clôture.";
    DeliveredHours => "Hours delivered", "Heures livrées";
    SprintDetails => "Sprint", "Sprint";
    SprintName => "Name", "Nom";
    SprintGoal => "Goal", "Objectif";
    GoalLabel => "Goal:", "Objectif :";
    StartDate => "Start", "Début";
    EndDate => "End", "Fin";
    SaveSprint => "Save sprint", "Enregistrer le sprint";
    SprintNameRequired => "Give the sprint a name.", "Donnez un nom au sprint.";
    ErrEndBeforeStart => "The end date is before the start date.", "La date de fin précède la date de début.";
    ErrSprintTooLong => "A sprint lasts two weeks at most: end it no more than 13 days after its start.", "Un sprint dure deux semaines au plus : il doit finir au plus 13 jours après son début.";
    ErrDateRequired => "Enter a date.", "Saisissez une date.";
    StartSprint => "Start sprint", "Démarrer le sprint";
    StartLocksScope => "Starting locks the scope: later additions need a reason.", "Le démarrage verrouille le périmètre : tout ajout ensuite demande une raison.";
    CloseOtherFirst => "{sprint} is in progress: close it before starting this one.", "{sprint} est en cours : clôturez-le avant de démarrer celui-ci.";
    DeleteSprint => "Delete sprint", "Supprimer le sprint";
    CapacityTitle => "Capacity", "Capacité";
    CapacityLine => "Committed {demand} h of {supply} h available ({pct} %).", "Engagé {demand} h sur {supply} h disponibles ({pct} %).";
    OverCapacity => "Over capacity by {n} h: take items out or plan fewer hours.", "Capacité dépassée de {n} h : retirez des éléments ou prévoyez moins d'heures.";
    OverCapacitySkills => "Over capacity for: {skills}.", "Capacité dépassée pour : {skills}.";
    CapacityBySkill => "Per skill", "Par compétence";
    Skill => "Skill", "Compétence";
    Available => "Available", "Disponible";
    Needed => "Needed", "Nécessaire";
    CapacityHint => "Capacity is each member's weekly hours over the sprint's working days, less declared time off. An item needs its assignee's skills.", "La capacité est le temps hebdomadaire de chacun sur les jours ouvrés du sprint, moins les absences déclarées. Un élément demande les compétences de son responsable.";
    InThisSprint => "In this sprint", "Dans ce sprint";
    SprintEmpty => "Nothing planned yet: add items from the backlog.", "Rien de prévu : ajoutez des éléments du backlog.";
    RemoveFromSprint => "Remove", "Retirer";
    PickFromBacklog => "Ranked backlog", "Backlog priorisé";
    NothingToPick => "No open backlog item matches.", "Aucun élément ouvert du backlog ne correspond.";
    AddToSprint => "Add to sprint", "Ajouter au sprint";
    ScopeLockedTitle => "{sprint} has started: its scope is locked", "{sprint} a démarré : son périmètre est verrouillé";
    ScopeLockedLead => "Adding “{item}” ({hours} h) changes what the team committed to. Where should it go?", "Ajouter « {item} » ({hours} h) change l'engagement de l'équipe. Où le mettre ?";
    ScopeRemoveTitle => "Take an item out of {sprint}?", "Retirer un élément de {sprint} ?";
    ScopeRemoveLead => "“{item}” ({hours} h) goes back to the backlog. The change is recorded with your name and reason.", "« {item} » ({hours} h) retourne au backlog. Le changement est enregistré avec votre nom et la raison.";
    // "the next sprint" in both: the button is findable by that, whatever the sprint is called.
    ScopeToNext => "Put it in the next sprint ({sprint})", "Le mettre dans le sprint suivant ({sprint})";
    ScopeMovedTo => "“{item}” is now in {sprint}.", "« {item} » est maintenant dans {sprint}.";
    ScopeToNewNext => "Put it in the next sprint", "Le mettre dans le sprint suivant";
    ScopeKeepInBacklog => "Keep it in the backlog", "Le garder dans le backlog";
    ScopeAddAnyway => "Add anyway…", "Ajouter quand même…";
    YourName => "Your name", "Votre nom";
    ScopeReason => "Reason (recorded in the sprint)", "Raison (enregistrée dans le sprint)";
    ScopeReasonRequired => "Give your name and a reason: the change is recorded.", "Indiquez votre nom et une raison : le changement est enregistré.";
    ScopeConfirmAdd => "Add with this reason", "Ajouter avec cette raison";
    ScopeConfirmRemove => "Take it out", "Le retirer";
    ScopeDeleteTitle => "Delete an item of {sprint}?", "Supprimer un élément de {sprint} ?";
    ScopeDeleteLead => "“{item}” ({hours} h) is in this started sprint: deleting it changes the sprint's scope, and the change is recorded with your name and reason.", "« {item} » ({hours} h) fait partie de ce sprint commencé : le supprimer change son périmètre, et le changement est enregistré avec votre nom et la raison.";
    ScopeConfirmDelete => "Delete it", "Le supprimer";
    ScopeAdded => "Added “{title}” (+{hours} h)", "Ajout de « {title} » (+{hours} h)";
    ScopeRemoved => "Removed “{title}” (−{hours} h)", "Retrait de « {title} » (−{hours} h)";
    NoScopeChanges => "No change since the sprint started.", "Aucun changement depuis le démarrage.";
    When => "When", "Quand";
    Who => "Who", "Qui";
    What => "What", "Quoi";
    Why => "Why", "Pourquoi";
    ReviewNotYet => "Review and retrospective open once the sprint has started.", "La revue et la rétrospective s'ouvrent au démarrage du sprint.";
    Delivered => "Delivered", "Livré";
    NothingDelivered => "Nothing is done yet.", "Rien n'est terminé pour l'instant.";
    MovesKpi => "KPI: {kpi}", "KPI : {kpi}";
    KpiReading => "{value} in {week}", "{value} en {week}";
    ReviewTitle => "Sprint review", "Revue de sprint";
    ReviewNotes => "What was delivered and its effect on the KPIs", "Ce qui a été livré et son effet sur les KPI";
    NoReviewNotes => "No review notes.", "Pas de notes de revue.";
    RetroTitle => "Retrospective", "Rétrospective";
    WentWell => "Went well", "Ce qui a bien marché";
    ToImprove => "To improve", "À améliorer";
    RetroActions => "Actions", "Actions";
    AddEntry => "Add", "Ajouter";
    ActionToBacklog => "Make a backlog item", "En faire un élément du backlog";
    InBacklog => "In the backlog", "Dans le backlog";
    RetroAdded => "Added “{title}” to the backlog.", "« {title} » ajouté au backlog.";
    CloseSprintTitle => "Close the sprint", "Clôturer le sprint";
    UnfinishedLead => "Where does each unfinished item go?", "Où va chaque élément non terminé ?";
    CarryToNext => "Next sprint (created if needed)", "Sprint suivant (créé si besoin)";
    CarryToNamed => "Next sprint: {sprint}", "Sprint suivant : {sprint}";
    CarryToBacklog => "Back to the backlog", "Retour au backlog";
    AllDone => "Every item is done.", "Tous les éléments sont terminés.";
    CloseSprint => "Close sprint", "Clôturer le sprint";
    SprintClosed => "Sprint closed.", "Sprint clôturé.";
    NoMembers => "No team member yet. Add the people who do the work: capacity and the calendar use their hours.", "Aucun membre pour l'instant. Ajoutez les personnes qui font le travail : la capacité et le calendrier utilisent leurs heures.";
    AddMember => "Add member", "Ajouter le membre";
    EditMember => "Edit member", "Modifier le membre";
    MemberName => "Name", "Nom";
    NameRequired => "Give a name.", "Indiquez un nom.";
    Role => "Role", "Rôle";
    WeeklyHours => "Hours per week", "Heures par semaine";
    HourlyRate => "Hourly rate", "Taux horaire";
    Skills => "Skills", "Compétences";
    TimeOff => "Time off", "Absences";
    OffDate => "Day off", "Jour d'absence";
    OffHours => "Hours off", "Heures d'absence";
    OffCapped => "A day off counts at most {hours} h for this member: their working day.", "Une journée d'absence compte au plus {hours} h pour cette personne : sa journée de travail.";
    OffCounts => "counts {hours} h", "compte {hours} h";
    AddTimeOff => "Add time off", "Ajouter l'absence";
    MemberFacts => "{hours} h a week · {rate} {currency} an hour", "{hours} h par semaine · {rate} {currency} de l'heure";
    RemoveMemberTitle => "Remove {name}?", "Retirer {name} ?";
    RemoveMemberLead => "They have {items} assigned items and {blocks} calendar blocks. Who takes them over?", "Cette personne a {items} éléments assignés et {blocks} créneaux au calendrier. Qui les reprend ?";
    ReassignTo => "Give the work to", "Confier le travail à";
    LeaveUnassigned => "Nobody (leave unassigned, drop calendar blocks)", "Personne (non assigné, créneaux supprimés)";
    RemoveMember => "Remove member", "Retirer le membre";
    CalCut => "“{title}” placed {from}–{to}: cut from {est} h to {len} h, where the working day ends.", "« {title} » placé {from}–{to} : réduit de {est} h à {len} h, là où finit la journée de travail.";
    CalendarNeedsTeam => "Add team members first (Team view): the calendar is per member.", "Ajoutez d'abord des membres (vue Équipe) : le calendrier est par personne.";
    TeamMember => "Team member", "Membre de l'équipe";
    WeekNav => "Week", "Semaine";
    PrevWeek => "Previous week", "Semaine précédente";
    ThisWeek => "This week", "Cette semaine";
    NextWeek => "Next week", "Semaine suivante";
    WeekOf => "Week {week} · from {date}", "Semaine {week} · à partir du {date}";
    ExportIcs => "Export the week (.ics)", "Exporter la semaine (.ics)";
    WeekLoadLine => "Blocked {blocked} h of {capacity} h available this week.", "{blocked} h bloquées sur {capacity} h disponibles cette semaine.";
    OverlapsFound => "Some blocks overlap (marked ⚠); time they share counts once in the hours blocked.", "Des créneaux se chevauchent (marqués ⚠) ; le temps commun ne compte qu'une fois dans les heures bloquées.";
    Overlap => "overlaps another block", "chevauche un autre créneau";
    TasksToSchedule => "Tasks to schedule", "Tâches à planifier";
    CalendarHint => "Drag a task onto a day and hour. A placed block moves with the arrow keys (←/→ a day, ↑/↓ half an hour); Delete removes it.", "Glissez une tâche sur un jour et une heure. Un créneau se déplace avec les flèches (←/→ un jour, ↑/↓ une demi-heure) ; Suppr l'enlève.";
    NoTasks => "No open task assigned to this person in a current sprint.", "Aucune tâche ouverte assignée à cette personne dans un sprint en cours.";
    ScheduleTitle => "Schedule with the keyboard", "Planifier au clavier";
    Task => "Task", "Tâche";
    Day => "Day", "Jour";
    StartTime => "Start", "Début";
    DurationHours => "Hours", "Heures";
    FromEstimate => "estimate", "estimation";
    Schedule => "Schedule", "Planifier";
    BlockNoDuration => "A block needs a length of at least one minute.", "Un créneau doit durer au moins une minute.";
    BlockBeforeDay => "That starts before the working day.", "Cela commence avant la journée de travail.";
    BlockAfterDay => "That ends after the working day.", "Cela finit après la journée de travail.";
    Mon => "Mon", "Lun";
    Tue => "Tue", "Mar";
    Wed => "Wed", "Mer";
    Thu => "Thu", "Jeu";
    Fri => "Fri", "Ven";
    ErrNotWhole => "Enter a whole number.", "Saisissez un nombre entier.";
    BoardSettings => "Board and calendar", "Tableau et calendrier";
    WipTodo => "WIP limit: To do", "Limite d'encours : À faire";
    WipDoing => "WIP limit: Doing", "Limite d'encours : En cours";
    WipDone => "WIP limit: Done", "Limite d'encours : Terminé";
    NoLimit => "no limit", "aucune limite";
    DayStarts => "Working day starts", "Début de la journée";
    DayEnds => "Working day ends", "Fin de la journée";
    ErrDayHours => "The working day must end after it starts.", "La journée doit finir après son début.";
    SkillsList => "Skills (comma separated)", "Compétences (séparées par des virgules)";
    // ── meeting & presentation (main) ──
    MtNoneOpen => "No meeting is open. Prepare this week's: the agenda below is built from the workspace.", "Aucune réunion ouverte. Préparez celle de la semaine : l'ordre du jour ci-dessous vient de l'espace de travail.";
    MtPrepare => "Prepare this week's meeting", "Préparer la réunion de la semaine";
    MtAgendaPreview => "This week's agenda", "Ordre du jour de la semaine";
    MtAgenda => "Agenda", "Ordre du jour";
    MtOf => "Meeting of {date}", "Réunion du {date}";
    MtTimebox => "Timebox", "Durée prévue";
    MtMinutes => "{n} min", "{n} min";
    MtStart => "Start the meeting", "Démarrer la réunion";
    MtEnd => "End the meeting", "Clore la réunion";
    MtEnded => "Meeting ended: it is kept under Past meetings.", "Réunion close : elle est gardée dans les réunions passées.";
    MtNotes => "Notes", "Notes";
    MtAttendees => "Attendees", "Participants";
    MtNoTeam => "No team yet: add people in Sprint → Team to tick them here, or add guests below.", "Pas encore d'équipe : ajoutez des personnes dans Sprint → Équipe pour les cocher ici, ou ajoutez des invités ci-dessous.";
    MtGuests => "Guests", "Invités";
    MtGuestName => "Guest's name", "Nom de l'invité";
    MtRatePerHour => "Hourly rate ({cur})", "Taux horaire ({cur})";
    MtAddGuest => "Add guest", "Ajouter l'invité";
    MtGuestNameRequired => "Type the guest's name.", "Saisissez le nom de l'invité.";
    MtRemove => "Remove", "Retirer";
    MtDecisions => "Decisions", "Décisions";
    MtNoDecision => "No decision recorded yet.", "Aucune décision enregistrée.";
    MtDecision => "Decision", "Décision";
    MtRecordDecision => "Record decision", "Enregistrer la décision";
    MtDecisionsOne => "{n} decision", "{n} décision";
    MtDecisionsMany => "{n} decisions", "{n} décisions";
    MtActions => "Action items", "Actions à mener";
    MtNoAction => "No action item yet.", "Aucune action pour l'instant.";
    MtAction => "Action item", "Action";
    MtOwner => "Owner", "Responsable";
    MtAddAction => "Add action item", "Ajouter l'action";
    MtPast => "Past meetings", "Réunions passées";
    MtNoPast => "No meeting held yet.", "Aucune réunion tenue pour l'instant.";
    MtElapsedOf => "Elapsed (of {n} min)", "Écoulé (sur {n} min)";
    MtCostSoFar => "Cost so far", "Coût jusqu'ici";
    MtProjected => "Projected for {n} min", "Prévu pour {n} min";
    MtRoomRate => "The room ({people})", "La salle ({people})";
    MtPeopleOne => "{n} person", "{n} personne";
    MtPeopleMany => "{n} people", "{n} personnes";
    MtNearlyUp => "Five minutes left in the timebox: time to wrap up.", "Plus que cinq minutes : il est temps de conclure.";
    MtOver => "The timebox is over.", "La durée prévue est dépassée.";
    MtTimeLeft => "{t} left", "Reste {t}";
    MtTimeOver => "Over by {t}", "Dépassée de {t}";
    MtNotStarted => "The clock starts with the meeting.", "Le chronomètre part avec la réunion.";
    MtGoals => "Quarter goals", "Objectifs du trimestre";
    MtSoFar => "So far", "À ce jour";
    MtWeeksGone => "Week {n} of {of}: {pct} % of the quarter has gone. Pace: the average of the weeks with figures against the target's weekly share.", "Semaine {n} sur {of} : {pct} % du trimestre est écoulé. Rythme : la moyenne des semaines renseignées face à la part hebdomadaire de la cible.";
    MtPace => "Pace", "Rythme";
    MtNoData => "no figures yet", "pas encore de chiffres";
    MtBehind => "KPIs behind target this week", "KPI sous la cible cette semaine";
    MtBehindLine => "{week}: {value} against {target}", "{week} : {value} pour une cible de {target}";
    MtMilestones => "Milestones due in 14 days or overdue", "Jalons à 14 jours ou en retard";
    MtRisks => "Top risks", "Principaux risques";
    MtExposure => "probability {p} × impact {i} = {e}", "probabilité {p} × impact {i} = {e}";
    MtChanges => "Open change requests", "Demandes de changement ouvertes";
    MtChangeImpact => "asked by {who}, {days} days, {budget}", "demandée par {who}, {days} jours, {budget}";
    MtTopics => "Topics to discuss", "Sujets à discuter";
    MtNoTopic => "No topic listed. Anyone can add one before the meeting.", "Aucun sujet. Chacun peut en ajouter avant la réunion.";
    MtAddTopicLabel => "A topic or conflict to discuss", "Un sujet ou un conflit à discuter";
    MtAddTopic => "Add topic", "Ajouter le sujet";
    MtTopicDone => "Discussed", "Traité";
    MtTopicClosed => "“{title}” marked as discussed.", "« {title} » marqué comme traité.";
    PrPresent => "Present", "Présenter";
    PrHint => "Presentation mode for the projector (P); ← → move between slides, ↓ ↑ between the pages of a long one, Escape leaves.", "Mode présentation pour le vidéoprojecteur (P) ; ← → changent de diapositive, ↓ ↑ de page dans une longue, Échap pour sortir.";
    PrRole => "presentation", "présentation";
    PrLabel => "Presentation", "Présentation";
    PrSlides => "Slides", "Diapositives";
    PrPrev => "Previous slide", "Diapositive précédente";
    PrNext => "Next slide", "Diapositive suivante";
    PrLeave => "Leave presentation (Esc)", "Quitter la présentation (Échap)";
    PrCount => "Slide {n} of {of}", "Diapositive {n} sur {of}";
    PrCountPage => "Slide {n} of {of} · page {p} of {pages}", "Diapositive {n} sur {of} · page {p} sur {pages}";
    PrPrevPage => "Previous page", "Page précédente";
    PrNextPage => "Next page", "Page suivante";
    PrMoreBelow => "↓ more", "↓ suite";
    PrKpis => "KPIs — behind target first", "KPI — sous la cible d'abord";
    PrKpiSub => "{q}, weeks up to this one.", "{q}, semaines jusqu'à celle-ci.";
    PrWeekTarget => "Weekly target", "Cible hebdo.";
    PrLatest => "Latest week", "Dernière semaine";
    PrNoKpis => "No KPI yet.", "Aucun KPI pour l'instant.";
    PrMatrix => "Prioritisation: value vs effort", "Priorisation : valeur / effort";
    PrNoCampaigns => "No campaign yet.", "Aucune campagne pour l'instant.";
    PrSprint => "Sprint board and burndown", "Tableau du sprint et burndown";
    PrNoSprint => "No sprint yet.", "Aucun sprint pour l'instant.";
    PrMore => "and {n} more", "et {n} de plus";
    PrMilestones => "Milestones: overdue and next 14 days", "Jalons : en retard et 14 prochains jours";
    PrMeeting => "This week's meeting", "Réunion de la semaine";
    // ── kpis: sheet (main) ──
    KpOnTrack => "on track", "en bonne voie";
    KpBehind => "behind", "en retard";
    KpFarBehind => "far behind", "très en retard";
    KpNotANumber => "“{text}” is not a number: the cell keeps its value.", "« {text} » n'est pas un nombre : la cellule garde sa valeur.";
    KpPasteBad => "Nothing pasted: row {row}, column {col} of the block is not a number.", "Rien n'a été collé : ligne {row}, colonne {col} du bloc n'est pas un nombre.";
    KpPasteNegative => "Nothing pasted: row {row}, column {col} of the block is below zero, and that row counts things or money.", "Rien n'a été collé : ligne {row}, colonne {col} du bloc est négative, et cette ligne compte des choses ou de l'argent.";
    KpNegative => "{name} cannot be below zero: the cell keeps its value.", "{name} ne peut pas être négatif : la cellule garde sa valeur.";
    KpNotPercent => "{name} is a percentage, from 0 to 100: the cell keeps its value.", "{name} est un pourcentage, de 0 à 100 : la cellule garde sa valeur.";
    KpPasteNotPercent => "Nothing pasted: row {row}, column {col} of the block is not between 0 and 100, and that row is a percentage.", "Rien n'a été collé : ligne {row}, colonne {col} du bloc n'est pas entre 0 et 100, et cette ligne est un pourcentage.";
    KpPasteTooBig => "Nothing pasted: the block runs past the last typed row or week.", "Rien n'a été collé : le bloc dépasse la dernière ligne saisie ou la dernière semaine.";
    KpPasted => "Pasted {n} values.", "{n} valeurs collées.";
    KpImported => "Imported {file}: {metrics} updated.", "{file} importé : {metrics} à jour.";
    KpComputedNotUsed => "Values typed in {metrics} were not used: those rows are computed from other rows.", "Les valeurs saisies dans {metrics} n'ont pas été utilisées : ces lignes sont calculées à partir d'autres lignes.";
    MetricsOne => "{n} metric", "{n} indicateur mis";
    MetricsMany => "{n} metrics", "{n} indicateurs mis";
    KpQuarter => "Quarter", "Trimestre";
    KpPrevQuarter => "Previous quarter:", "Trimestre précédent :";
    KpNextQuarter => "Next quarter:", "Trimestre suivant :";
    KpExportCsv => "Export CSV", "Exporter en CSV";
    KpImportCsv => "Import CSV", "Importer un CSV";
    KpHint => "Type in a week's cell; arrows, Enter and Tab move, Escape puts the value back. Paste a block copied from a spreadsheet into the first cell. Derived rows (ratios, totals) are computed, never typed.", "Saisissez dans la cellule d'une semaine ; flèches, Entrée et Tab pour se déplacer, Échap remet la valeur. Collez un bloc copié d'un tableur dans la première cellule. Les lignes calculées (ratios, totaux) ne se saisissent pas.";
    KpCsvRefused => "The CSV file was not imported; nothing changed:", "Le fichier CSV n'a pas été importé ; rien n'a changé :";
    KpEmpty => "No metric yet.", "Aucun indicateur pour l'instant.";
    KpAddDefaults => "Add the usual marketing metrics", "Ajouter les indicateurs marketing habituels";
    KpCaption => "KPI sheet, {q}", "Tableau des KPI, {q}";
    KpMetric => "Metric", "Indicateur";
    KpTarget => "Quarter target", "Cible du trimestre";
    KpAverage => "Weekly average", "Moyenne hebdo.";
    KpGeneral => "All channels", "Tous canaux";
    KpDerived => "computed", "calculé";
    KpLegend => "✔ on track · ▼ behind (up to 10 % short of the weekly target) · ✖ far behind. ↑ higher is better, ↓ lower is better. Counts and money: the weekly target is the quarter's ÷ its weeks; rates: the quarter's level.", "✔ en bonne voie · ▼ en retard (jusqu'à 10 % sous la cible hebdo.) · ✖ très en retard. ↑ plus haut est mieux, ↓ plus bas est mieux. Nombres et montants : cible hebdo. = cible du trimestre ÷ ses semaines ; taux : le niveau du trimestre.";
    CsvLine => "Line {line}: {what}", "Ligne {line} : {what}";
    CsvBadHeader => "the header must be metric, target, average, then ISO weeks (2026-W40…)", "l'en-tête doit être metric, target, average, puis des semaines ISO (2026-W40…)";
    CsvBadWeek => "“{week}” is not an ISO week (like 2026-W40)", "« {week} » n'est pas une semaine ISO (comme 2026-W40)";
    CsvRagged => "{found} cells where the header has {expected}", "{found} cellules alors que l'en-tête en a {expected}";
    CsvNotANumber => "“{text}” in column {column} is not a number", "« {text} » dans la colonne {column} n'est pas un nombre";
    CsvNegative => "“{text}” in column {column} is below zero, and this metric counts things or money", "« {text} » dans la colonne {column} est négatif, et cette métrique compte des choses ou de l'argent";
    CsvNotPercent => "“{text}” in column {column} is not between 0 and 100, and this metric is a percentage", "« {text} » dans la colonne {column} n'est pas entre 0 et 100, et cette métrique est un pourcentage";
    CsvUnknownMetric => "no metric is called “{metric}”", "aucun indicateur ne s'appelle « {metric} »";
    CsvEmpty => "the file is empty", "le fichier est vide";
    CsvNoRows => "no metric under the header: nothing to import", "aucune métrique sous l'en-tête : rien à importer";
    // ── kpis: metrics, charts, ROI (main) ──
    KxShowChart => "Show the chart", "Afficher le graphique";
    KxChartTitle => "{name}: weekly trend", "{name} : évolution hebdomadaire";
    KxChartSummary => "{name}: {n} weeks with a value, latest {value} in {week}; weekly target {target}.", "{name} : {n} semaines renseignées, dernière valeur {value} en {week} ; cible hebdo. {target}.";
    KxChartEmpty => "{name}: no value in these weeks yet.", "{name} : aucune valeur sur ces semaines.";
    KxTargetLine => "target {target}", "cible {target}";
    KxAddTitle => "Add a metric", "Ajouter un indicateur";
    KxEditTitle => "Edit metric: {name}", "Modifier l'indicateur : {name}";
    KxName => "Name", "Nom";
    KxChannel => "Channel", "Canal";
    KxUnit => "Unit", "Unité";
    KxDirection => "Direction", "Sens";
    KxValues => "Values", "Valeurs";
    KxTyped => "Typed each week", "Saisies chaque semaine";
    KxRatio => "Ratio of two rows", "Ratio de deux lignes";
    KxSum => "Sum of rows", "Somme de lignes";
    KxTypedHint => "Values are typed in the sheet, week by week.", "Les valeurs se saisissent dans le tableau, semaine par semaine.";
    KxNumerator => "Numerator", "Numérateur";
    KxDenominator => "Denominator", "Dénominateur";
    KxTimes100 => "× 100 (a percentage)", "× 100 (un pourcentage)";
    KxSumOf => "Rows to add up", "Lignes à additionner";
    KxUnitCount => "Count", "Nombre";
    KxUnitCurrency => "Currency", "Montant";
    KxUnitPercent => "Percentage", "Pourcentage";
    KxUnitScore => "Score", "Score";
    KxAdd => "Add metric", "Ajouter l'indicateur";
    KxMoveUp => "Move up", "Monter";
    KxMoveDown => "Move down", "Descendre";
    KxRemove => "Remove metric", "Supprimer l'indicateur";
    KxAdded => "Added “{name}” to the sheet.", "« {name} » ajouté au tableau.";
    KxSaved => "Saved “{name}”.", "« {name} » enregistré.";
    KxNameRequired => "Give the metric a name.", "Donnez un nom à l'indicateur.";
    KxNameTaken => "Another metric already has this name (the CSV finds rows by name).", "Un autre indicateur porte déjà ce nom (le CSV retrouve les lignes par leur nom).";
    KxFormulaIncomplete => "Choose the rows the formula reads.", "Choisissez les lignes que lit la formule.";
    KxFormulaSelf => "A formula cannot read its own row.", "Une formule ne peut pas lire sa propre ligne.";
    KxRatioOfItself => "A row divided by itself is always 1: choose two different rows.", "Une ligne divisée par elle-même vaut toujours 1 : choisissez deux lignes différentes.";
    KxNegativeTarget => "A count or an amount cannot have a target below zero.", "Un nombre ou un montant ne peut pas avoir une cible négative.";
    KxPercentTarget => "A percentage is a rate from 0 to 100: the target must lie between them (for a change that can go below zero or past 100, choose Score).", "Un pourcentage est un taux de 0 à 100 : la cible doit être entre les deux (pour une évolution qui peut passer sous zéro ou au-delà de 100, choisissez Score).";
    KxFormulaCycle => "This formula would go round in a circle: {names}.", "Cette formule tournerait en rond : {names}.";
    KxTargetBad => "The quarter target must be a number.", "La cible du trimestre doit être un nombre.";
    KxUsedBy => "“{name}” cannot be removed: it is used to compute {rows}. Change or remove those first.", "« {name} » ne peut pas être supprimé : il sert au calcul de {rows}. Modifiez-les ou supprimez-les d'abord.";
    KxRoiTitle => "ROI per campaign", "ROI par campagne";
    KxRoiHint => "Spend is the campaign's spent budget; revenue is what you attributed to it on its page. ROI = (revenue − spend) ÷ spend; ROAS = revenue ÷ spend.", "Les dépenses sont le budget consommé de la campagne ; le chiffre d'affaires est celui que vous lui attribuez sur sa page. ROI = (CA − dépenses) ÷ dépenses ; ROAS = CA ÷ dépenses.";
    KxSpend => "Spend", "Dépenses";
    KxRevenue => "Revenue attributed", "CA attribué";
    KxRoiTotal => "Campaigns with revenue", "Campagnes avec CA";
    PfRevenue => "Revenue attributed ({currency})", "Chiffre d'affaires attribué ({currency})";
    PfRevenueHint => "What this campaign brought in, for its ROI and ROAS on the KPI page. Leave empty if unknown.", "Ce que la campagne a rapporté, pour son ROI et son ROAS sur la page KPI. Laissez vide si inconnu.";
    // ── milestones & timeline ──
    MsViews => "Milestone views", "Vues des jalons";
    MsTimeline => "Timeline", "Chronologie";
    MsList => "Milestone list", "Liste des jalons";
    MsUpcoming => "Upcoming", "À venir";
    MsOnTrack => "On track", "En bonne voie";
    MsAtRisk => "At risk", "À risque";
    MsHit => "Hit", "Atteint";
    MsMissed => "Missed", "Manqué";
    MetCtr => "CTR", "CTR";
    MetVisitors => "Unique visitors", "Visiteurs uniques";
    MetMql => "MQL count", "Nombre de MQL";
    MetSql => "SQL count", "Nombre de SQL";
    MetPage1 => "Pages on search page 1", "Pages en première page de recherche";
    MetConversion => "Conversion rate", "Taux de conversion";
    MetComplete => "% of project complete", "% du projet achevé";
    MsExportIcs => "Export milestones (.ics)", "Exporter les jalons (.ics)";
    MsExported => "Downloaded {file}.", "{file} téléchargé.";
    MsUpcomingTitle => "Next 14 days (overdue first)", "14 prochains jours (en retard d'abord)";
    MsNothingUpcoming => "Nothing due in the next 14 days, and nothing overdue.", "Rien à échéance dans les 14 jours, rien en retard.";
    MsOverdueSince => "Overdue since {date}", "En retard depuis le {date}";
    MsDueOn => "Due {date}", "Échéance le {date}";
    MsAll => "All milestones", "Tous les jalons";
    MsFilterCampaign => "Campaign", "Campagne";
    MsAllCampaigns => "All campaigns", "Toutes les campagnes";
    MsTitle => "Title", "Titre";
    MsCampaign => "Campaign", "Campagne";
    MsDate => "Date", "Date";
    MsMetric => "Metric", "Indicateur";
    MsBaselineTarget => "Baseline → target", "Référence → cible";
    MsActual => "Actual", "Réel";
    MsProgress => "Progress", "Progression";
    MsStatus => "Status", "Statut";
    MsNone => "No milestone yet: add one below, or plan a series.", "Aucun jalon : ajoutez-en un ci-dessous, ou planifiez une série.";
    MsEditTitle => "Edit milestone", "Modifier le jalon";
    MsNewTitle => "New milestone", "Nouveau jalon";
    MsCadenceTitle => "Plan a series", "Planifier une série";
    MsCadenceHint => "Every 2 weeks or every month between two dates, the target stepping from the baseline to the final target. Check the preview, then create them in one step (one undo removes them all).", "Toutes les 2 semaines ou tous les mois entre deux dates, la cible progressant de la référence à la cible finale. Vérifiez l'aperçu, puis créez-les en une fois (une annulation les retire tous).";
    MsKpiOption => "KPI of the sheet: {name}", "KPI du tableau : {name}";
    MsOtherMetric => "Other (type its name)", "Autre (saisir son nom)";
    MsMetricName => "Metric name", "Nom de l'indicateur";
    MsErrMetric => "Name the metric.", "Nommez l'indicateur.";
    MsDirection => "Direction", "Sens";
    MsHigher => "Higher is better", "Plus haut est mieux";
    MsLower => "Lower is better", "Plus bas est mieux";
    MsFromSheetHint => "the actual comes from the KPI sheet", "le réel vient du tableau des KPI";
    MsFromSheet => "from the sheet", "du tableau";
    MsErrSame => "The target equals the baseline: there is no progress to measure.", "La cible est égale à la référence : aucune progression à mesurer.";
    MsErrWrongWayUp => "Higher is better, so the target must be above the baseline.", "Plus haut est mieux : la cible doit dépasser la référence.";
    MsErrWrongWayDown => "Lower is better, so the target must be below the baseline.", "Plus bas est mieux : la cible doit être sous la référence.";
    MsErrTitle => "Give the milestone a title.", "Donnez un titre au jalon.";
    MsErrDate => "Enter a date.", "Saisissez une date.";
    MsErrEndBeforeStart => "The end date comes before the start date.", "La date de fin précède la date de début.";
    MsErrTooMany => "That would make more than {max} milestones: check the dates.", "Cela ferait plus de {max} jalons : vérifiez les dates.";
    MsBaseline => "Baseline", "Référence";
    MsTarget => "Target", "Cible";
    MsFinalTarget => "Final target", "Cible finale";
    MsAdd => "Add milestone", "Ajouter le jalon";
    MsAdded => "Added “{title}”.", "« {title} » ajouté.";
    MsSaved => "Saved “{title}”.", "« {title} » enregistré.";
    MsSeriesTitle => "Title of the series", "Titre de la série";
    MsFrom => "From", "Du";
    MsTo => "To", "Au";
    MsEvery => "Every", "Fréquence";
    MsEvery2Weeks => "2 weeks", "2 semaines";
    MsEveryMonth => "month", "mois";
    MsSteps => "Targets", "Cibles";
    MsStepsLinear => "equal steps", "paliers égaux";
    MsStepsQuarters => "25 / 50 / 75 / 100 % checkpoints", "points à 25 / 50 / 75 / 100 %";
    MsQuartersSpread => "The four checkpoints are spread evenly from the first date to the last.", "Les quatre points sont répartis également de la première date à la dernière.";
    MsPreviewWaiting => "Fill in the dates, the baseline and the final target to see the plan.", "Renseignez les dates, la référence et la cible finale pour voir le plan.";
    MsPreviewCaption => "Preview: {n} milestones", "Aperçu : {n} jalons";
    MsCreateN => "Create {n} milestones", "Créer {n} jalons";
    MsCreateSeries => "Create the series", "Créer la série";
    MsCreatedMany => "Created {n} milestones.", "{n} jalons créés.";
    TlZoom => "Zoom", "Zoom";
    TlWeek => "Week", "Semaine";
    TlMonth => "Month", "Mois";
    TlQuarter => "Quarter", "Trimestre";
    TlCritical => "Highlight the critical path", "Surligner le chemin critique";
    TlKeysHint => "Drag a bar to move it, its right end to resize. Keyboard: ←/→ a day (Shift: a week), Alt+←/→ the end, ↑/↓ the next campaign.", "Glissez une barre pour la déplacer, son bord droit pour la redimensionner. Clavier : ←/→ un jour (Maj : une semaine), Alt+←/→ la fin, ↑/↓ la campagne suivante.";
    TlToday => "Today", "Aujourd'hui";
    TlRows => "Campaigns on the timeline", "Campagnes sur la chronologie";
    TlEmpty => "No campaign yet: create one in the portfolio to see it here.", "Aucune campagne : créez-en une dans le portefeuille pour la voir ici.";
    TlCampaign => "Campaign", "Campagne";
    TlBarDates => "{start} to {end}", "du {start} au {end}";
    TlNoDates => "no dates", "sans dates";
    TlBrokenFlag => "a dependency is broken", "une dépendance est rompue";
    TlDiamond => "Milestone {title}, {date}, {status}", "Jalon {title}, {date}, {status}";
    TlNoCampaign => "No campaign", "Sans campagne";
    TlBrokenCount => "Broken dependencies: {n}", "Dépendances rompues : {n}";
    TlBrokenLine => "“{after}” starts before “{before}” has finished.", "« {after} » commence avant la fin de « {before} ».";
    TlDragging => "Moving “{name}”: {start} to {end}.", "Déplacement de « {name} » : du {start} au {end}.";
    TlWouldBreak => "This would break {n} dependency(ies).", "Cela romprait {n} dépendance(s).";
    TlCriticalLine => "Critical path: {path} ({days} days).", "Chemin critique : {path} ({days} jours).";
    TlOpenCampaign => "Open the campaign", "Ouvrir la campagne";
    TlMoveGroup => "Move the campaign", "Déplacer la campagne";
    TlEarlierWeek => "← 1 week", "← 1 semaine";
    TlEarlierDay => "← 1 day", "← 1 jour";
    TlLaterDay => "1 day →", "1 jour →";
    TlLaterWeek => "1 week →", "1 semaine →";
    TlEndEarlier => "End 1 day earlier", "Finir 1 jour plus tôt";
    TlEndLater => "End 1 day later", "Finir 1 jour plus tard";
    TlDependsOn => "Starts after", "Commence après";
    TlNoDeps => "No dependency: it can start any time.", "Aucune dépendance : elle peut commencer à tout moment.";
    TlRemoveLink => "Remove", "Retirer";
    TlAddDepLabel => "Must start after", "Doit commencer après";
    TlChoose => "— choose a campaign —", "— choisir une campagne —";
    TlAddDep => "Add dependency", "Ajouter la dépendance";
    TlLinked => "Dependency added.", "Dépendance ajoutée.";
    TlUnlinked => "Dependency removed.", "Dépendance retirée.";
    TlErrPick => "Choose the campaign it must follow.", "Choisissez la campagne qu'elle doit suivre.";
    TlErrSelf => "A campaign cannot depend on itself.", "Une campagne ne peut pas dépendre d'elle-même.";
    TlErrAlready => "That dependency is already there.", "Cette dépendance existe déjà.";
    TlErrCycle => "Refused: that would go round in a circle ({path}).", "Refusé : cela tournerait en rond ({path}).";
    TlErrEndBeforeStart => "A campaign must end on or after its start.", "Une campagne doit finir le jour de son début ou après.";
    WaitsForLegend => "Waits for (must be done first)", "Attend (à terminer d'abord)";
    WaitsForNone => "Waits for nothing: it can start any time.", "N'attend rien : peut commencer à tout moment.";
    WaitsForSearch => "Find an item it waits for", "Trouver un élément à attendre";
    WaitsForAdd => "Wait for", "Attendre";
    DepDone => "done", "terminé";
    DepNotDone => "not done yet", "pas encore terminé";
    StartedTooEarly => "Started before what it waits for is done: a broken dependency.", "Commencé avant la fin de ce qu'il attend : dépendance rompue.";
    CardStartedEarly => "Started before what it waits for is done", "Commencé avant la fin de ce qu'il attend";
    TlErrSelfItem => "An item cannot wait for itself.", "Un élément ne peut pas s'attendre lui-même.";
    PfItsMilestones => "Its milestone list", "Ses jalons";
    PfOnTimeline => "On the timeline", "Sur la chronologie";
    Sat => "Sat", "Sam";
    Sun => "Sun", "Dim";
    Jan => "Jan", "janv.";
    Feb => "Feb", "févr.";
    Mar => "Mar", "mars";
    Apr => "Apr", "avr.";
    May => "May", "mai";
    Jun => "Jun", "juin";
    Jul => "Jul", "juil.";
    Aug => "Aug", "août";
    Sep => "Sep", "sept.";
    Oct => "Oct", "oct.";
    Nov => "Nov", "nov.";
    Dec => "Dec", "déc.";
    // ── portfolio: shell ──
    PfViews => "Portfolio views", "Vues du portefeuille";
    PfOverview => "Overview", "Vue d'ensemble";
    PfTable => "Campaigns", "Campagnes";
    PfBoard => "By phase", "Par phase";
    PfScoring => "Scoring", "Notation";
    PfMatrix => "Matrix", "Matrice";
    PfSelect => "Selection", "Sélection";
    PfRisks => "Risks", "Risques";
    PfLessons => "Lessons", "Leçons";
    PfMaturity => "Maturity", "Maturité";
    PhRequest => "Request", "Demande";
    PhEvaluation => "Evaluation", "Évaluation";
    PhPrioritised => "Prioritised", "Priorisée";
    PhPlanning => "Planning", "Planification";
    PhExecution => "Execution", "Exécution";
    PhMonitoring => "Monitoring", "Suivi";
    PhClosed => "Closed", "Clôturée";
    // ── portfolio: detail, table, board, scoring (main) ──
    PfNewCampaign => "New campaign", "Nouvelle campagne";
    PfPlanned => "Planned", "Prévu";
    PfSpent => "Spent", "Dépensé";
    PfScore => "Score", "Score";
    PfHoursWeek => "Hours/week", "Heures/sem.";
    PfAlignmentShort => "Aw./Acq./Ret.", "Not./Acq./Fid.";
    PfTableCaption => "Campaigns: choose a column heading to sort by it", "Campagnes : choisissez un en-tête de colonne pour trier";
    PfNoCampaigns => "No campaign yet: create one with “New campaign”.", "Aucune campagne : créez-en une avec « Nouvelle campagne ».";
    PfBoardHint => "Drag a card to another phase, or use its ← → buttons. Moving a campaign to Closed asks for its lessons.", "Glissez une carte vers une autre phase, ou utilisez ses boutons ← →. Passer une campagne en Clôturée demande ses leçons.";
    PfScoreShort => "score {score}", "score {score}";
    PfMoveTo => "Move {name} to {phase}", "Déplacer {name} vers {phase}";
    PfSearchLessons => "Search lessons", "Chercher dans les leçons";
    PfLessonsFound => "{n} of {total} lessons", "{n} leçon(s) sur {total}";
    PfNoLessons => "No lesson yet: they are recorded when a campaign is closed.", "Aucune leçon : elles sont notées à la clôture d'une campagne.";
    CrEngagement => "Engagement potential", "Potentiel d'engagement";
    CrCpa => "Estimated CPA", "CPA estimé";
    CrExperience => "Customer-experience impact", "Impact sur l'expérience client";
    CrAlignment => "Strategic alignment", "Alignement stratégique";
    CrCost => "Cost", "Coût";
    CrComplexity => "Complexity", "Complexité";
    SrcRating => "rating 0–5", "note 0–5";
    SrcAmount => "amount, compared across campaigns", "montant, comparé entre campagnes";
    SrcAlignment => "mean of the alignment", "moyenne de l'alignement";
    SrcBudget => "planned budget", "budget prévu";
    PfWeights => "Scoring model", "Modèle de notation";
    PfWeightsHint => "Weights are relative and shown as a share of 100 %. Change one and the ranking follows.", "Les poids sont relatifs et affichés en part de 100 %. Changez-en un et le classement suit.";
    PfAllZero => "At least one criterion must weigh more than 0: the change was not kept.", "Au moins un critère doit peser plus que 0 : le changement n'a pas été gardé.";
    PfCriterion => "Criterion", "Critère";
    PfWeight => "Weight", "Poids";
    PfShare => "Share", "Part";
    PfDirection => "Better when", "Meilleur quand";
    DirHigher => "higher", "plus élevé";
    DirLower => "lower", "plus bas";
    PfNewCriterion => "New criterion", "Nouveau critère";
    PfSource => "Measured as", "Mesuré comme";
    PfAddCriterion => "Add criterion", "Ajouter le critère";
    PfCriterionName => "Name of {name}", "Nom de {name}";
    PfWeightOf => "Weight of {name}", "Poids de {name}";
    PfDirectionOf => "{name}: better when", "{name} : meilleur quand";
    PfRanking => "Ranking", "Classement";
    PfNoSuchCampaign => "Campaign not found", "Campagne introuvable";
    PfNoSuchCampaignHint => "It may have been deleted, or the link is from another workspace.", "Elle a peut-être été supprimée, ou le lien vient d'un autre espace.";
    PfBackToCampaigns => "All campaigns", "Toutes les campagnes";
    PfCloseCampaign => "Close the campaign…", "Clôturer la campagne…";
    PfDeleteCampaign => "Delete campaign", "Supprimer la campagne";
    PfDeleteQuestion => "Delete this campaign and its risks? Backlog items and milestones stay, unlinked. You can undo.", "Supprimer cette campagne et ses risques ? Les éléments du backlog et les jalons restent, sans lien. Vous pourrez annuler.";
    PfDeleteConfirm => "Yes, delete", "Oui, supprimer";
    PfDeleted => "Campaign deleted.", "Campagne supprimée.";
    PfScoreOf => "Score {score} / 100", "Score {score} / 100";
    PfPoints => "{n} pts", "{n} pts";
    PfFacts => "Campaign", "Campagne";
    PfName => "Name", "Nom";
    PfNameRequired => "A name is needed.", "Un nom est nécessaire.";
    PfOwner => "Owner", "Responsable";
    PfPhase => "Phase", "Phase";
    PfStart => "Start", "Début";
    PfEnd => "End", "Fin";
    PfEndBeforeStart => "The end must not be before the start.", "La fin ne peut pas précéder le début.";
    PfChannels => "Channels", "Canaux";
    PfSmart => "SMART objective", "Objectif SMART";
    SmartSpecific => "Specific: what exactly will change, for whom?", "Spécifique : qu'est-ce qui change exactement, pour qui ?";
    SmartMeasurable => "Measurable: which number proves it, from which source?", "Mesurable : quel chiffre le prouve, de quelle source ?";
    SmartAchievable => "Achievable: why is it within reach?", "Atteignable : pourquoi est-ce à portée ?";
    SmartRelevant => "Relevant: which business goal does it serve?", "Pertinent : quel objectif de l'entreprise sert-il ?";
    SmartTimeBound => "Time-bound: by when?", "Temporel : pour quand ?";
    PfAlignmentAndRatings => "Strategic alignment and scoring", "Alignement stratégique et notation";
    PfRatingsHint => "Alignment and ratings go from 0 (none) to 5 (very strong). They feed the weighted score.", "L'alignement et les notes vont de 0 (aucun) à 5 (très fort). Ils alimentent le score pondéré.";
    AlAwareness => "Awareness (0–5)", "Notoriété (0–5)";
    AlAcquisition => "Acquisition (0–5)", "Acquisition (0–5)";
    AlRetention => "Retention (0–5)", "Fidélisation (0–5)";
    PfRatingOf => "{name} (0–5)", "{name} (0–5)";
    PfBudgetIn => "Budget per channel ({currency})", "Budget par canal ({currency})";
    PfPickChannels => "Tick the campaign's channels to plan their budget.", "Cochez les canaux de la campagne pour en prévoir le budget.";
    PfPlannedFor => "{channel}: planned", "{channel} : prévu";
    PfSpentFor => "{channel}: spent", "{channel} : dépensé";
    PfSkillDemand => "Skill demand (hours per week)", "Besoin en compétences (heures par semaine)";
    PfHoursOf => "{skill} h/week", "{skill} h/sem.";
    PfCreate => "Create campaign", "Créer la campagne";
    PfSave => "Save campaign", "Enregistrer la campagne";
    PfSaved => "Campaign saved.", "Campagne enregistrée.";
    PfLessonsForChannels => "Lessons from earlier campaigns on these channels", "Leçons des campagnes précédentes sur ces canaux";
    PfCloseTitle => "Close “{name}”: what did it teach?", "Clôturer « {name} » : qu'a-t-elle appris ?";
    PfCloseHint => "Lessons go to the library and are shown when a campaign on the same channels is planned.", "Les leçons rejoignent la bibliothèque et s'affichent quand une campagne sur les mêmes canaux est préparée.";
    PfLessonWorked => "What worked", "Ce qui a marché";
    PfLessonChange => "What to change next time", "Ce qu'il faut changer la prochaine fois";
    PfLessonTags => "Tags (comma-separated)", "Étiquettes (séparées par des virgules)";
    PfLessonRequired => "Write at least what worked or what to change.", "Écrivez au moins ce qui a marché ou ce qu'il faut changer.";
    PfCloseWithLessons => "Close with these lessons", "Clôturer avec ces leçons";
    PfClosedWithLessons => "Campaign closed; lessons kept.", "Campagne clôturée ; leçons conservées.";
    PfStakeholders => "Stakeholders", "Parties prenantes";
    PfNoStakeholders => "No stakeholder yet.", "Aucune partie prenante.";
    PfRole => "Role", "Rôle";
    PfSide => "Side", "Côté";
    PfInfluence => "Influence (1–5)", "Influence (1–5)";
    PfInterest => "Interest (1–5)", "Intérêt (1–5)";
    PfInternal => "Internal", "Interne";
    PfExternal => "External", "Externe";
    PfStakeholderName => "Stakeholder", "Partie prenante";
    PfAddStakeholder => "Add stakeholder", "Ajouter la partie prenante";
    Actions => "Actions", "Actions";
    PfChanges => "Change requests", "Demandes de changement";
    PfCreep => "{approved} approved, {pending} waiting, {rejected} rejected · approved impact: {days} days, {budget}", "{approved} approuvée(s), {pending} en attente, {rejected} refusée(s) · impact approuvé : {days} jours, {budget}";
    PfNoChanges => "No change requested: the scope is as planned.", "Aucun changement demandé : le périmètre est celui prévu.";
    PfNewChange => "Request a change", "Demander un changement";
    PfRequester => "Requested by", "Demandé par";
    PfChangeDescription => "What changes", "Ce qui change";
    PfDescriptionRequired => "Say what changes.", "Dites ce qui change.";
    PfRiskRequired => "Describe the risk.", "Décrivez le risque.";
    PfImpactDays => "End date impact (days)", "Impact sur la fin (jours)";
    PfImpactBudget => "Budget impact", "Impact budgétaire";
    PfImpactChannel => "Budget channel", "Canal du budget";
    PfFirstChannel => "First budget line", "Première ligne de budget";
    PfAddChange => "Add change request", "Ajouter la demande";
    PfApproved => "Change approved and applied.", "Changement approuvé et appliqué.";
    PfRejected => "Change rejected.", "Changement refusé.";
    PfReasonRequired => "A rejection needs a reason.", "Un refus doit être motivé.";
    PfChangeEndBeforeStart => "Approving would put the end before the start.", "L'approbation placerait la fin avant le début.";
    PfChangeBudgetBelowZero => "Approving would take the channel's budget below 0.", "L'approbation ferait passer le budget du canal sous 0.";
    PfAlreadyDecided => "This request was already decided.", "Cette demande a déjà été tranchée.";
    PfStatusRequested => "Waiting", "En attente";
    PfStatusApproved => "Approved", "Approuvée";
    PfStatusRejected => "Rejected", "Refusée";
    PfRequestedBy => "Requested by {who} on {date}", "Demandée par {who} le {date}";
    PfImpact => "impact {days} days, {budget}", "impact {days} jours, {budget}";
    PfDecidedOn => "decided on {date}", "tranchée le {date}";
    PfDecisionReason => "Reason for the decision", "Motif de la décision";
    PfApprove => "Approve", "Approuver";
    PfReject => "Reject", "Refuser";
    // ── portfolio: overview, risks, maturity (helper) ──
    PfHeatMap => "Risk heat map", "Carte de chaleur des risques";
    PfSpentOfPlanned => "{spent} of {planned}", "{spent} sur {planned}";
    PfOverspent => "over budget", "hors budget";
    PfTotalPlanned => "planned budget", "budget prévu";
    PfTotalSpent => "spent ({pct} % of plan)", "dépensé ({pct} % du prévu)";
    PfOpenCampaigns => "campaigns not closed", "campagnes non clôturées";
    PfOpenCampaignsOne => "campaign not closed", "campagne non clôturée";
    PfPendingChanges => "change requests waiting", "demandes de changement en attente";
    PfPendingChangesOne => "change request waiting", "demande de changement en attente";
    PfByChannel => "Budget by channel: planned and spent", "Budget par canal : prévu et dépensé";
    PfByCampaign => "Budget by campaign: planned and spent", "Budget par campagne : prévu et dépensé";
    PfShowAllCampaigns => "Show all {n} campaigns", "Afficher les {n} campagnes";
    PfCoverage => "Alignment coverage", "Couverture des objectifs";
    PfCoverageHint => "Each campaign's planned budget split across the goals in proportion to its alignment scores.", "Le budget prévu de chaque campagne réparti entre les objectifs selon ses notes d'alignement.";
    GoalAwareness => "Awareness", "Notoriété";
    GoalAcquisition => "Acquisition", "Acquisition";
    GoalRetention => "Retention", "Fidélisation";
    GoalUnaligned => "No goal", "Sans objectif";
    PfPerPhase => "Campaigns per phase", "Campagnes par phase";
    PfTopExposures => "Top risk exposures", "Risques les plus exposés";
    MaStrategy => "Strategy alignment", "Alignement stratégique";
    MaPrioritisation => "Prioritisation", "Priorisation";
    MaResources => "Resources", "Ressources";
    MaRisk => "Risk", "Risques";
    MaTracking => "Performance tracking", "Suivi de la performance";
    MaProcess => "Process", "Processus";
    MaScale1 => "not at all", "pas du tout";
    MaScale2 => "occasionally", "parfois";
    MaScale3 => "often, not always", "souvent, pas toujours";
    MaScale4 => "always", "toujours";
    MaScale5 => "always, measured and improved", "toujours, mesuré et amélioré";
    MaTitle => "Maturity self-assessment", "Auto-évaluation de maturité";
    MaHint => "Answer for how the team works today. Each area's level is the mean of its answers, rounded down: a level is earned.", "Répondez selon la façon dont l'équipe travaille aujourd'hui. Le niveau de chaque domaine est la moyenne de ses réponses, arrondie à l'inférieur : un niveau se mérite.";
    MaMissing => "{n} questions still need an answer.", "Il reste {n} question(s) sans réponse.";
    MaSave => "Save this assessment", "Enregistrer cette évaluation";
    MaSaved => "Assessment saved.", "Évaluation enregistrée.";
    MaDeleted => "Assessment deleted.", "Évaluation supprimée.";
    MaRadar => "Maturity by area (1–5)", "Maturité par domaine (1–5)";
    MaNoneYet => "No assessment yet: answer the questions to see your levels.", "Aucune évaluation : répondez aux questions pour voir vos niveaux.";
    MaRadarLabel => "Assessment of {date}: {levels}", "Évaluation du {date} : {levels}";
    MaHistory => "Assessments over time", "Évaluations dans le temps";
    MaDate => "Date", "Date";
    PfHeatHint => "Open, mitigated and occurred risks by probability and impact. Choose a cell to list its risks.", "Risques ouverts, atténués et survenus selon probabilité et impact. Choisissez une case pour lister ses risques.";
    PfProbability => "Probability", "Probabilité";
    PfImpactAxis => "Impact", "Impact";
    PfHeatCell => "Probability {p}, impact {i}: {risks}", "Probabilité {p}, impact {i} : {risks}";
    RisksOne => "{n} risk", "{n} risque";
    RisksMany => "{n} risks", "{n} risques";
    PfCellTitle => "Probability {p} × impact {i}", "Probabilité {p} × impact {i}";
    PfCellEmpty => "No risk in this cell.", "Aucun risque dans cette case.";
    PfPortfolioWide => "Whole portfolio", "Tout le portefeuille";
    PfRegister => "Risk register, highest exposure first", "Registre des risques, exposition la plus forte d'abord";
    PfNoRisks => "No risk recorded.", "Aucun risque noté.";
    PfExposure => "Exposure", "Exposition";
    PfRisk => "Risk", "Risque";
    PfCategory => "Category", "Catégorie";
    PfStatus => "Status", "Statut";
    PfMitigation => "Mitigation", "Atténuation";
    PfContingency => "Contingency", "Plan de secours";
    PfAddRisk => "Add risk", "Ajouter le risque";
    PfRiskDescription => "Risk", "Risque";
    PfProbabilityField => "Probability (1–5)", "Probabilité (1–5)";
    PfImpactField => "Impact (1–5)", "Impact (1–5)";
    PfExposureIs => "Exposure {n} / 25", "Exposition {n} / 25";
    PfRiskDeleted => "Risk deleted.", "Risque supprimé.";
    RcTechnical => "Technical", "Technique";
    RcMarket => "Market", "Marché";
    RcOrganisational => "Organisational", "Organisationnel";
    RcRegulatory => "Regulatory", "Réglementaire";
    RcCustomer => "Customer reaction", "Réaction des clients";
    RsOpen => "Open", "Ouvert";
    RsMitigated => "Mitigated", "Atténué";
    RsOccurred => "Occurred", "Survenu";
    RsClosed => "Closed", "Clos";
    // ── portfolio: matrix, selection (helper) ──
    PfFrontier => "Efficient frontier", "Frontière efficiente";
    PfLimits => "Budget and team limits", "Limites de budget et d'équipe";
    PfBudgetLimit => "Budget ({currency})", "Budget ({currency})";
    PfHoursLimit => "Team hours a week", "Heures d'équipe par semaine";
    PfTeamHours => "The team gives {h} h a week ({n} in the team). Leave empty to use it.", "L'équipe donne {h} h par semaine ({n} dans l'équipe). Laissez vide pour l'utiliser.";
    PfNoTeamHours => "No team hours yet, so hours do not limit the choice: type a limit here, or add the team in Sprint → Team.", "Pas encore d'heures d'équipe : les heures ne limitent donc pas le choix. Saisissez une limite ici, ou ajoutez l'équipe dans Sprint → Équipe.";
    PfSelectionTotalsNoLimit => "{chosen} · total score {score} · cost {cost} of {budget} · {hours} h a week", "{chosen} · score total {score} · coût {cost} sur {budget} · {hours} h par semaine";
    PfBudgetSlider => "Try another budget: {budget}", "Essayer un autre budget : {budget}";
    PfSelection => "Best selection", "Meilleure sélection";
    PfForcedOverBudget => "The campaigns forced in already cost {cost}, more than the budget of {budget}. Raise the budget or force fewer in.", "Les campagnes imposées coûtent déjà {cost}, plus que le budget de {budget}. Augmentez le budget ou imposez-en moins.";
    PfForcedOverHours => "The campaigns forced in already need {hours} h a week, more than the {limit} h available.", "Les campagnes imposées demandent déjà {hours} h par semaine, plus que les {limit} h disponibles.";
    PfSelectionTotals => "{chosen} · total score {score} · cost {cost} of {budget} · {hours} of {limit} h a week", "{chosen} · score total {score} · coût {cost} sur {budget} · {hours} h sur {limit} h par semaine";
    ChosenOne => "{n} campaign chosen", "{n} campagne choisie";
    ChosenMany => "{n} campaigns chosen", "{n} campagnes choisies";
    PfCandidates => "Open campaigns, best score first", "Campagnes ouvertes, meilleur score d'abord";
    PfChosen => "Chosen", "Choisie";
    PfIn => "in", "retenue";
    PfOut => "out", "écartée";
    PfForce => "Decision", "Décision";
    PfForceOf => "Decision for {name}", "Décision pour {name}";
    PfForceAuto => "Let the model choose", "Laisser le modèle choisir";
    PfForceIn => "Always in", "Toujours retenue";
    PfForceOut => "Never", "Jamais";
    PfNoCandidates => "No open campaign to choose from.", "Aucune campagne ouverte à choisir.";
    PfNoChangeAtBudget => "Same selection as before the slider moved.", "Même sélection qu'avant de bouger le curseur.";
    PfWouldAdd => "Comes in since the slider moved: {names}", "Entre depuis que le curseur a bougé : {names}";
    PfWouldDrop => "Drops out since the slider moved: {names}", "Sort depuis que le curseur a bougé : {names}";
    PfFrontierComputing => "Computing the frontier…", "Calcul de la frontière…";
    PfFrontierHint => "The best total score each budget can buy within the team's hours. Where the line is flat, more money buys nothing.", "Le meilleur score total que chaque budget peut acheter dans les heures de l'équipe. Là où la ligne est plate, plus d'argent n'apporte rien.";
    PfFrontierLabel => "Efficient frontier; at a budget of {budget} the best total score is {score}", "Frontière efficiente ; à un budget de {budget}, le meilleur score total est {score}";
    PfAxisBudget => "Budget ({currency}) →", "Budget ({currency}) →";
    PfAxisBestScore => "Best total score →", "Meilleur score total →";
    PfFrontierNow => "here: {score}", "ici : {score}";
    PfMatrixAxis => "Across:", "En abscisse :";
    PfAxisEffort => "Effort", "Effort";
    PfAxisCost => "Cost", "Coût";
    PfMatrixTitle => "Prioritisation matrix: score against effort or cost, bubble size = budget, colour = phase", "Matrice de priorisation : score selon l'effort ou le coût, taille = budget, couleur = phase";
    PfAxisCostLabel => "Planned budget ({currency}) →", "Budget prévu ({currency}) →";
    PfAxisEffortLabel => "Effort (hours a week) →", "Effort (heures par semaine) →";
    PfAxisScore => "Score (0–100) →", "Score (0–100) →";
    PfHoursPerWeek => "{h} h/week", "{h} h/sem.";
    PfBubble => "{name}: score {score}, {x}, budget {budget}, {phase}", "{name} : score {score}, {x}, budget {budget}, {phase}";
    PfMatrixHint => "Top left is the best value for the least effort. Choose a bubble (or Tab to it and press Enter) to open its campaign.", "En haut à gauche : la meilleure valeur pour le moindre effort. Choisissez une bulle (ou Tab puis Entrée) pour ouvrir sa campagne.";
    // ── portfolio: lessons ──
    PfLessonsLibrary => "Lessons learned", "Leçons apprises";
}

/// The text key of a maturity question, by its id (`strategy_1`…).
pub fn question_key(id: &str) -> Option<K> {
    Some(match id {
        "strategy_1" => K::MqStrategy1,
        "strategy_2" => K::MqStrategy2,
        "strategy_3" => K::MqStrategy3,
        "prioritisation_1" => K::MqPrioritisation1,
        "prioritisation_2" => K::MqPrioritisation2,
        "prioritisation_3" => K::MqPrioritisation3,
        "resources_1" => K::MqResources1,
        "resources_2" => K::MqResources2,
        "resources_3" => K::MqResources3,
        "risk_1" => K::MqRisk1,
        "risk_2" => K::MqRisk2,
        "risk_3" => K::MqRisk3,
        "tracking_1" => K::MqTracking1,
        "tracking_2" => K::MqTracking2,
        "tracking_3" => K::MqTracking3,
        "process_1" => K::MqProcess1,
        "process_2" => K::MqProcess2,
        "process_3" => K::MqProcess3,
        _ => return None,
    })
}

/// The text of a key in a language.
pub fn tr(lang: Lang, k: K) -> &'static str {
    match lang {
        Lang::En => en(k),
        Lang::Fr => fr(k),
    }
}

/// The text of a key with `{name}` placeholders filled in.
pub fn trf(lang: Lang, k: K, args: &[(&str, &str)]) -> String {
    let mut s = tr(lang, k).to_string();
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

/// Singular or plural form, with `{n}` filled in.
pub fn count(lang: Lang, one: K, many: K, n: usize) -> String {
    let k = if n == 1 || (lang == Lang::Fr && n == 0) { one } else { many };
    trf(lang, k, &[("n", &n.to_string())])
}

/// A byte size for people: `812.0 KB`, `4.2 MB` (French: `4,2 Mo`).
/// Integer arithmetic only: float formatting would add ~15 KB to the bundle.
pub fn bytes(lang: Lang, n: usize) -> String {
    let (unit, div) = if n >= 1024 * 1024 { (if lang == Lang::Fr { "Mo" } else { "MB" }, 1024 * 1024) } else { (if lang == Lang::Fr { "Ko" } else { "KB" }, 1024) };
    let tenths = ((n as u64 * 10 + div as u64 / 2) / div as u64).max(if n > 0 { 1 } else { 0 });
    let sep = if lang == Lang::Fr { ',' } else { '.' };
    if tenths >= 1000 {
        format!("{} {unit}", (tenths + 5) / 10)
    } else {
        format!("{}{sep}{} {unit}", tenths / 10, tenths % 10)
    }
}

/// A sum of money in `currency`, as [`amount`] writes it: "12,500 EUR".
pub fn money(lang: Lang, v: f64, currency: &str) -> String {
    format!("{} {currency}", amount(lang, v))
}

/// A sum of money or hours rounded to a whole number, grouped by thousands
/// the way the language writes them ("12,500" / "12 500").
pub fn amount(lang: Lang, v: f64) -> String {
    let n = v.abs().round() as u64;
    let digits = n.to_string();
    let sep = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
    };
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(ch);
    }
    if v < 0.0 && n > 0 {
        format!("-{out}")
    } else {
        out
    }
}

thread_local! {
    /// The language numbers are written and read in (see [`number`] and
    /// [`decimal`]); the store sets it whenever the language changes, so the
    /// hundred places that write a number need no language passed down.
    static CURRENT: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// Sets the language numbers are written and read in.
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// The decimal mark of the current language, for reading typed numbers.
pub fn decimal() -> crate::domain::fields::Decimal {
    match CURRENT.with(|c| c.get()) {
        Lang::En => crate::domain::fields::Decimal::Point,
        Lang::Fr => crate::domain::fields::Decimal::Comma,
    }
}

/// A quarter as the language writes it: "2026-Q4", "T4 2026" (URLs and
/// file names keep `Quarter::label`).
pub fn quarter_name(lang: Lang, q: crate::domain::kpi::Quarter) -> String {
    match lang {
        Lang::En => q.label(),
        Lang::Fr => format!("T{} {}", q.q, q.year),
    }
}

/// An ISO week (`2026-W47`) in short: "W47", or "S47" (semaine) in French.
pub fn week_short(lang: Lang, iso: &str) -> String {
    let n = iso.split_once("-W").map_or(iso, |x| x.1);
    match lang {
        Lang::En => format!("W{n}"),
        Lang::Fr => format!("S{n}"),
    }
}

/// A number as the current language writes it ("2.5" / "2,5"), without
/// float formatting machinery: whole numbers as integers, others with up to
/// two decimals. No thousands separator (see [`amount`]), so it can be put
/// back in a field and read again.
pub fn number(v: f64) -> String {
    let s = number_with_point(v);
    if decimal() == crate::domain::fields::Decimal::Comma { s.replace('.', ",") } else { s }
}

fn number_with_point(v: f64) -> String {
    let neg = v < 0.0;
    let hundredths = (v.abs() * 100.0).round() as u64;
    let (int, frac) = (hundredths / 100, hundredths % 100);
    let sign = if neg && hundredths > 0 { "-" } else { "" };
    match frac {
        0 => format!("{sign}{int}"),
        f if f % 10 == 0 => format!("{sign}{int}.{}", f / 10),
        f => format!("{sign}{int}.{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_the_language_decimal_mark() {
        set_current(Lang::Fr);
        assert_eq!(number(2.5), "2,5");
        assert_eq!(number(-0.25), "-0,25");
        assert_eq!(number(3.0), "3");
        assert_eq!(crate::domain::fields::number_in(decimal(), &number(1234.56), 0.0, 1e6, false), Ok(Some(1234.56)));
        set_current(Lang::En);
        assert_eq!(number(2.5), "2.5");
        assert_eq!(crate::domain::fields::number_in(decimal(), "24,500", 0.0, 1e6, false), Ok(Some(24500.0)));
    }

    #[test]
    fn amounts_group_thousands() {
        assert_eq!(amount(Lang::En, 1234567.4), "1,234,567");
        assert_eq!(amount(Lang::Fr, 12500.0), "12\u{202f}500");
        assert_eq!(amount(Lang::En, -999.6), "-1,000");
        assert_eq!(amount(Lang::En, 0.2), "0");
    }

    fn placeholders(s: &str) -> Vec<String> {
        let mut out: Vec<String> =
            s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string())).collect();
        out.sort();
        out
    }

    #[test]
    fn every_key_has_french() {
        let missing: Vec<_> = K::ALL.iter().filter(|k| tr(Lang::Fr, **k).trim().is_empty()).collect();
        assert!(missing.is_empty(), "French strings missing for {missing:?}");
    }

    #[test]
    fn placeholders_match_between_languages() {
        for k in K::ALL {
            assert_eq!(placeholders(tr(Lang::En, *k)), placeholders(tr(Lang::Fr, *k)), "{k:?}");
        }
    }

    #[test]
    fn formatting() {
        assert_eq!(trf(Lang::Fr, K::Deleted, &[("title", "Blog")]), "« Blog » supprimé.");
        assert_eq!(count(Lang::En, K::ItemsOne, K::ItemsMany, 1), "1 item");
        assert_eq!(count(Lang::En, K::ItemsOne, K::ItemsMany, 0), "0 items");
        assert_eq!(count(Lang::Fr, K::ItemsOne, K::ItemsMany, 0), "0 élément");
        assert_eq!(bytes(Lang::En, 2_500_000), "2.4 MB");
        assert_eq!(bytes(Lang::Fr, 2_500_000), "2,4 Mo");
        assert_eq!(bytes(Lang::En, 50 * 1024 * 1024), "50.0 MB");
        assert_eq!(bytes(Lang::En, 812 * 1024), "812 KB");
        assert_eq!(bytes(Lang::En, 10), "0.1 KB");
        assert_eq!(number(10000.0), "10000");
        assert_eq!(number(-1e12), "-1000000000000");
        assert_eq!(number(0.25), "0.25");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(Lang::from_tag("fr-CA"), Lang::Fr);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
    }
}
