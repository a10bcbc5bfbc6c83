export const id = 732;
export const ids = [732];
export const modules = {

/***/ 5732:
/***/ ((module) => {

module.exports = eval("require")("monocart-coverage-reports");


/***/ })

};
