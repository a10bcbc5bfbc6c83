export const id = 843;
export const ids = [843];
export const modules = {

/***/ 62843:
/***/ ((module) => {

module.exports = eval("require")("monocart-coverage-reports");


/***/ })

};
