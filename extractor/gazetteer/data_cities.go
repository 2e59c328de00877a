package gazetteer

// cityTable lists capitals and other cities where diplomacy happens. See
// parseCityTable for the format.
const cityTable = `
Moscow | RU | Москва | Мәскеу | c
Astana; Nur-Sultan; Akmola | KZ | Астана; Нур-Султан; Акмола | Астана; Нұр-Сұлтан; Ақмола | c
`
